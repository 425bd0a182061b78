using System.Globalization;
using System.Text.RegularExpressions;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Model;
using PlanGen.Core.Document.Grammar;

namespace PlanGen.Core.Yaml;

/// <summary>Parses the typed scalars of a plan — numbers, codes, periods — reporting each bad value at its place.</summary>
internal static partial class ValueParsers
{
    // Decree 30 writes codes in capitals, but real codes mix cases (CTr, TTr, SNgV): letters of either case;
    // an education office joins two abbreviations with "&" (PGD&ĐT, SGD&ĐT).
    [GeneratedRegex(@"^[A-Za-zĐđ0-9]+(?:[-&][A-Za-zĐđ0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();

    // "15/03/2022 - 31/12/2022", "từ ngày 15/3/2022 đến ngày 31/12/2022": day first, as Vietnamese dates always are.
    [GeneratedRegex(@"^(?:từ\s+)?(?:ngày\s+)?(\d{1,2})/(\d{1,2})/(\d{4})\s*(?:-|–|—|đến(?:\s+ngày)?)\s*(\d{1,2})/(\d{1,2})/(\d{4})$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WrittenPeriod();

    /// <summary>A positive whole number, such as a document's registry number.</summary>
    public static DocumentNumber? Number(MapLoader map, string key)
    {
        var text = map.Text(key);
        if (text is null)
        {
            return null;
        }
        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0)
        {
            return new DocumentNumber(value) { Span = map.Spans[key] };
        }
        map.Context.Diagnostics.Add(DiagnosticCode.InvalidNumber, map.Spans[key], text);
        return null;
    }

    /// <summary>A code such as UBND, CTr or KH-UBATGTQG: letters of either case and digits, groups joined by '-'.</summary>
    public static string? Code(MapLoader map, string key, bool required)
    {
        var text = required ? map.RequiredText(key) : map.Text(key);
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        if (!CodePattern().IsMatch(text))
        {
            map.Context.Diagnostics.Add(DiagnosticCode.InvalidCode, map.Spans[key], text);
        }
        return text;
    }

    /// <summary>
    /// A period: a year ("2024"), two dates written "15/03/2022 - 31/12/2022", or a mapping with full
    /// dates <c>from</c> and <c>to</c>.
    /// </summary>
    public static Period? Period(MapLoader map, string key, Func<MapLoader, string, VnDate?> readDate)
    {
        var value = map.Value(key);
        if (value is YamlText { IsNull: false } text)
        {
            var yearText = map.Text(key)!;
            if (int.TryParse(yearText.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1945 and <= 9999)
            {
                return new Period(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)) { Span = text.Span };
            }
            return WrittenRange(map, yearText.Trim(), text.Span);
        }
        var range = map.Map(key, "from", "to");
        if (range is null)
        {
            return null;
        }
        var from = readDate(range, "from");
        var to = readDate(range, "to");
        if (!range.Has("from")) range.Missing("from");
        if (!range.Has("to")) range.Missing("to");
        if (from is null || to is null)
        {
            return null;
        }
        if (to.Earliest < from.Earliest)
        {
            map.Context.Diagnostics.Add(DiagnosticCode.InvalidPeriod, range.Span, ShortDate.Format(from), ShortDate.Format(to));
            return null;
        }
        return new Period(from.Earliest, to.Earliest) { Span = range.Span, FieldSpans = range.Spans };
    }

    private static Period? WrittenRange(MapLoader map, string text, SourceSpan span)
    {
        var match = WrittenPeriod().Match(text);
        if (!match.Success || DayMonthYear(match, 1) is not { } from || DayMonthYear(match, 4) is not { } to)
        {
            map.Context.Diagnostics.Add(DiagnosticCode.PeriodNotUnderstood, span, text);
            return null;
        }
        if (to < from)
        {
            map.Context.Diagnostics.Add(DiagnosticCode.InvalidPeriod, span, DateRulesText(from), DateRulesText(to));
            return null;
        }
        return new Period(from, to) { Span = span };
    }

    private static DateOnly? DayMonthYear(Match match, int first)
    {
        var (day, month, year) = (Int(match.Groups[first].Value), Int(match.Groups[first + 1].Value), Int(match.Groups[first + 2].Value));
        return year >= 1945 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }

    private static string DateRulesText(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static int Int(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
}
