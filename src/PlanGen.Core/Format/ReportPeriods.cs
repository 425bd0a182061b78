using System.Globalization;
using System.Text.RegularExpressions;
using PlanGen.Core.Document.Grammar;
using PlanGen.Core.Model;
using PlanGen.Core.Text;
using PlanGen.Core.Timelines;

namespace PlanGen.Core.Format;

/// <summary>
/// Kỳ báo cáo in its written forms: read as a clerk writes it (<c>2025-06</c>, <c>tháng 6/2025</c>,
/// <c>2025-q2</c>, <c>Quý II/2025</c>, <c>2025-6m</c>, <c>6 tháng đầu năm 2025</c>, <c>2025-9m</c>,
/// <c>2025</c>, <c>năm 2025</c>), written back in the short form, and named as a report names it
/// (<c>6 tháng đầu năm 2025</c>, <c>quý II năm 2025</c>).
/// </summary>
public static partial class ReportPeriods
{
    /// <summary>The period a text names; null when it names none.</summary>
    public static ReportPeriod? Parse(string text)
    {
        var folded = TimelineText.Fold(text.Trim());
        if (Year().Match(folded) is { Success: true } year)
        {
            return Of(ReportCycle.Year, year, 0);
        }
        if (Month().Match(folded) is { Success: true } month && Number(month, "index") is >= 1 and <= 12)
        {
            return Of(ReportCycle.Month, month, Number(month, "index"));
        }
        if (Quarter().Match(folded) is { Success: true } quarter && QuarterNumber(quarter.Groups["index"].Value) is { } q)
        {
            return Of(ReportCycle.Quarter, quarter, q);
        }
        if (Months().Match(folded) is { Success: true } months)
        {
            return Of(months.Groups["months"].Value == "6" ? ReportCycle.SixMonths : ReportCycle.NineMonths, months, 0);
        }
        return null;
    }

    /// <summary>
    /// The period a longer text names, as a report's subject does ("… 6 tháng đầu năm 2021",
    /// "… QUÝ II NĂM 2018", "… tháng 5 năm 2017", "… NĂM 2024"): the first a clerk would read as
    /// the report's period; null when it names none ("năm học 2021-2022" and "6 tháng cuối năm" are none).
    /// </summary>
    public static ReportPeriod? Named(string text)
    {
        var folded = TimelineText.Fold(GrammarText.Collapse(text));
        if (NamedMonths().Match(folded) is { Success: true } months)
        {
            return Of(months.Groups["months"].Value == "6" ? ReportCycle.SixMonths : ReportCycle.NineMonths, months, 0);
        }
        if (NamedQuarter().Match(folded) is { Success: true } quarter && QuarterNumber(quarter.Groups["index"].Value) is { } q)
        {
            return Of(ReportCycle.Quarter, quarter, q);
        }
        if (NamedMonth().Match(folded) is { Success: true } month && Number(month, "index") is >= 1 and <= 12)
        {
            return Of(ReportCycle.Month, month, Number(month, "index"));
        }
        return NamedYear().Match(folded) is { Success: true } year ? Of(ReportCycle.Year, year, 0) : null;
    }

    /// <summary>The short form plangen writes: <c>2025-06</c>, <c>2025-q2</c>, <c>2025-6m</c>, <c>2025-9m</c>, <c>2025</c>; null for two dates.</summary>
    public static string? ShortForm(ReportPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        var year = period.Year.ToString(CultureInfo.InvariantCulture);
        return period.Cycle switch
        {
            ReportCycle.Month => year + "-" + period.Index.ToString("D2", CultureInfo.InvariantCulture),
            ReportCycle.Quarter => year + "-q" + period.Index.ToString(CultureInfo.InvariantCulture),
            ReportCycle.SixMonths => year + "-6m",
            ReportCycle.NineMonths => year + "-9m",
            ReportCycle.Year => year,
            _ => null,
        };
    }

    /// <summary>
    /// The period as a report names it: <c>tháng 6 năm 2025</c>, <c>quý II năm 2025</c>, <c>6 tháng
    /// đầu năm 2025</c>, <c>9 tháng đầu năm 2025</c>, <c>năm 2025</c>, <c>từ ngày 01/01/2025 đến ngày 30/6/2025</c>.
    /// </summary>
    public static string Name(ReportPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        var year = "năm " + period.Year.ToString(CultureInfo.InvariantCulture);
        return period.Cycle switch
        {
            ReportCycle.Month => "tháng " + LongDate.MonthText(period.Index) + " " + year,
            ReportCycle.Quarter => "quý " + RomanNumeral.Format(period.Index) + " " + year,
            ReportCycle.SixMonths => "6 tháng đầu " + year,
            ReportCycle.NineMonths => "9 tháng đầu " + year,
            ReportCycle.Year => year,
            _ => "từ ngày " + ShortDate.Format(Day(period.From!.Value)) + " đến ngày " + ShortDate.Format(Day(period.To!.Value)),
        };
    }

    /// <summary>The column of last year's figures: <c>Cùng kỳ năm 2024</c>.</summary>
    public static string SamePeriodLastYear(ReportPeriod period) =>
        "Cùng kỳ năm " + period.YearBefore().Year.ToString(CultureInfo.InvariantCulture);

    private static VnDate Day(DateOnly date) => new(date.Year, date.Month, date.Day);

    private static ReportPeriod? Of(ReportCycle cycle, Match match, int index)
    {
        var year = Number(match, "year");
        return year is >= 1945 and <= 9999 ? new ReportPeriod(cycle, year, index) : null;
    }

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture);

    private static int? QuarterNumber(string written) => written switch
    {
        "1" or "i" => 1,
        "2" or "ii" => 2,
        "3" or "iii" => 3,
        "4" or "iv" => 4,
        _ => null,
    };

    // Texts are folded first: lower case, no marks, đ as d ("Quý II/2025" reads "quy ii/2025").
    // The words a clerk writes a period in, one list: read whole by Parse, with the short forms plangen
    // writes and bare numbers ("6/2025", "q2/2025"), and inside a report's subject by Named.
    private const string MonthsWords = @"(?<months>[69]) thang (?:dau )?(?:nam )?(?<year>\d{4})";
    private const string QuarterWords = @"quy\s*(?<index>iv|i{1,3}|[1-4])\s*(?:/|-|nam)\s*(?<year>\d{4})";
    private const string MonthWords = @"thang (?<index>\d{1,2})\s*(?:[/.-]|nam)\s*(?<year>\d{4})";
    private const string YearWords = @"(?:ca )?nam (?<year>\d{4})";

    [GeneratedRegex(@"^(?:" + YearWords + @"|(?<year>\d{4}))$", RegexOptions.CultureInvariant)]
    private static partial Regex Year();

    [GeneratedRegex(@"^(?:(?<year>\d{4})-(?<index>\d{1,2})|(?<index>\d{1,2})\s*[/.-]\s*(?<year>\d{4})|" + MonthWords + ")$", RegexOptions.CultureInvariant)]
    private static partial Regex Month();

    [GeneratedRegex(@"^(?:(?<year>\d{4})-q(?<index>[1-4])|q\s*(?<index>iv|i{1,3}|[1-4])\s*(?:/|-|nam)\s*(?<year>\d{4})|" + QuarterWords + ")$", RegexOptions.CultureInvariant)]
    private static partial Regex Quarter();

    [GeneratedRegex(@"^(?:(?<year>\d{4})-(?<months>[69])m|" + MonthsWords + ")$", RegexOptions.CultureInvariant)]
    private static partial Regex Months();

    // The same words inside a longer text, at word boundaries; "6 tháng cuối năm" names no period of a report.
    [GeneratedRegex(@"\b" + MonthsWords + @"\b", RegexOptions.CultureInvariant)]
    private static partial Regex NamedMonths();

    [GeneratedRegex(@"\b" + QuarterWords + @"\b", RegexOptions.CultureInvariant)]
    private static partial Regex NamedQuarter();

    [GeneratedRegex(@"(?<![69] )\b" + MonthWords + @"\b", RegexOptions.CultureInvariant)]
    private static partial Regex NamedMonth();

    // "năm 2024", not the end of "6 tháng cuối năm 2024" nor a school year ("năm học 2021-2022" has words between).
    [GeneratedRegex(@"(?<!thang (?:dau|cuoi) )\b" + YearWords + @"\b(?!\s*-\s*\d{4})", RegexOptions.CultureInvariant)]
    private static partial Regex NamedYear();
}
