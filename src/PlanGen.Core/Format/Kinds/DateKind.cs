using System.Globalization;
using System.Text.RegularExpressions;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Document.Grammar;
using PlanGen.Core.Model;
using PlanGen.Core.Templating;
using PlanGen.Core.Yaml;

namespace PlanGen.Core.Format.Kinds;

/// <summary>
/// A date, written day first as documents print it (<c>03/9/2024</c>) or year first
/// (<c>2024-09-03</c>); a draft's date may leave out the day (<c>9/2024</c>, <c>2024-09</c>) or the month.
/// </summary>
/// <param name="partial">True where a draft's date may be partial (the plan's own date).</param>
internal sealed partial class DateKind(bool partial) : ValueKind<VnDate>
{
    /// <summary>The plan's own date: a draft may give the month only.</summary>
    public static DateKind Issued { get; } = new(partial: true);

    /// <summary>A full date: a cited document's, a period's ends.</summary>
    public static DateKind Full { get; } = new(partial: false);

    public override string Word => partial ? "date: 03/9/2024 or 2024-09-03; 9/2024 in a draft" : "date: 03/9/2024 or 2024-09-03";

    public override VnDate? Read(MapLoader map, string key)
    {
        var text = map.Text(key);
        if (text is null)
        {
            return null;
        }
        var span = map.Spans[key];
        var written = text.Trim();
        if (Parse(written) is { } date)
        {
            return date with { Span = span };
        }
        map.Context.Diagnostics.Add(DiagnosticCode.InvalidDate, span, text, Suggestion(written), partial ? MessageArgument.Word("date.draft") : "");
        return null;
    }

    // Year first as ISO writes it, or day first as the decree's short date (ShortDate) reads it.
    private VnDate? Parse(string written)
    {
        var iso = IsoDate().Match(written);
        VnDate? date = null;
        if (iso.Success)
        {
            date = LongDate.DateOf(Int(iso.Groups[1].Value), Group(iso, 2), Group(iso, 3));
        }
        else if (written.Length > 0 && char.IsAsciiDigit(written[0]) && ShortDate.TryParse(written, out var dayFirst))
        {
            date = dayFirst;
        }
        return date is { Year: >= 1945 } && (date.IsFull || partial) ? date : null;
    }

    /// <summary>
    /// What the clerk most likely meant by a day-first date that is not one: the day and month
    /// swapped (<c>9/13/2024</c>, written month first) or a two-digit year (<c>03/9/24</c>);
    /// empty when there is no such reading.
    /// </summary>
    private static string Suggestion(string written)
    {
        var match = ThreeNumbers().Match(written);
        if (!match.Success)
        {
            return "";
        }
        var (first, second, year) = (Int(match.Groups[1].Value), Int(match.Groups[2].Value), Int(match.Groups[3].Value));
        var meant = match.Groups[3].Length == 2 ? LongDate.DateOf(2000 + year, second, first)
            : LongDate.DateOf(year, second, first) is null ? LongDate.DateOf(year, first, second) : null;
        return meant is null ? "" : MessageArgument.Phrase("date.meant", ShortDate.Format(meant), meant.ToIsoText());
    }

    // Dates are written as YAML reads them back as text: unquoted, ISO.
    public override void Write(YamlOut yaml, int indent, string key, VnDate value, string path) =>
        yaml.Pair(indent, key, value.ToIsoText(), path);

    public override object? Model(VnDate? value) => value is null ? null : new ModelObject("date", value)
    {
        ["year"] = value.Year,
        ["month"] = value.Month,
        ["day"] = value.Day,
        ["is_full"] = value.IsFull,
        ["iso"] = value.ToIsoText(),
    };

    public override void Schema(SchemaOut schema)
    {
        if (partial)
        {
            schema.String();
            schema.Json.WriteString("pattern", "^([0-9]{4}(-[0-9]{1,2}(-[0-9]{1,2})?)?|([0-9]{1,2}[/.-])?[0-9]{1,2}[/.-][0-9]{4})$");
            return;
        }
        schema.Ref("fullDate", s =>
        {
            s.String();
            s.Json.WriteString("pattern", "^([0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{1,2}[/.-][0-9]{1,2}[/.-][0-9]{4})$");
        });
    }

    private static int Int(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    private static int? Group(Match match, int group) => match.Groups[group].Success ? Int(match.Groups[group].Value) : null;

    [GeneratedRegex(@"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    // Day, month and a year of two or four digits, as a clerk may type a date by mistake.
    [GeneratedRegex(@"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex ThreeNumbers();
}
