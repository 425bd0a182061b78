using System.Globalization;
using System.Text.RegularExpressions;
using PlanGen.Core.Model;

namespace PlanGen.Core.Document.Grammar;

/// <summary>
/// A date as citations write it: <c>05/02/2024</c>, <c>19/12/2023</c>, <c>02/3/2023</c> (days below
/// 10 and the months 1 and 2 take a leading zero); a partial date <c>4/2020</c> or <c>2020</c>;
/// and a draft's own date with blanks for what is not known yet, <c>     /4/2020</c>.
/// </summary>
public static partial class ShortDate
{
    /// <summary>The blank a draft leaves for a day or a month.</summary>
    public const string Blank = "     ";

    /// <summary><c>05/02/2024</c>; a partial date <c>4/2020</c> or <c>2020</c>.</summary>
    public static string Format(VnDate date)
    {
        ArgumentNullException.ThrowIfNull(date);
        var year = date.Year.ToString(CultureInfo.InvariantCulture);
        if (date.Month is not { } month) return year;
        var monthYear = LongDate.MonthText(month) + "/" + year;
        return date.Day is { } day ? day.ToString("D2", CultureInfo.InvariantCulture) + "/" + monthYear : monthYear;
    }

    /// <summary>A draft's own date, what is unknown left blank: <c>     /4/2020</c>, <c>     /     /    </c>.</summary>
    public static string FormatOrBlanks(VnDate? date) => date switch
    {
        null => Blank + "/" + Blank + "/    ",
        { IsFull: true } => Format(date),
        { Month: null } => Blank + "/" + Blank + "/" + Format(date),
        _ => Blank + "/" + Format(date),
    };

    /// <summary>
    /// A date in either form, read tolerantly (<c>5/2/2024</c>, <c>05-02-2024</c>, <c>05.02.2024</c>);
    /// false when the text is no date or names a day the calendar does not have. A date left wholly
    /// blank reads as null.
    /// </summary>
    public static bool TryParse(string text, out VnDate? date)
    {
        date = null;
        var match = Pattern().Match(text.Trim());
        if (!match.Success) return false;
        if (!match.Groups["year"].Success) return !match.Groups["day"].Success && !match.Groups["month"].Success;
        date = LongDate.DateOf(Number(match, "year")!.Value, Number(match, "month"), Number(match, "day"));
        return date is not null;
    }

    private static int? Number(Match match, string name) =>
        match.Groups[name].Success ? int.Parse(match.Groups[name].Value, NumberStyles.None, CultureInfo.InvariantCulture) : null;

    // [day /] [month /] year, each of day and month possibly blank in a draft.
    [GeneratedRegex(@"^(?:(?:(?<day>\d{1,2})|\s*)\s*[/.\-]\s*)?(?:(?<month>\d{1,2})|\s*)\s*[/.\-]\s*(?:(?<year>\d{4})|\s*)$|^(?<year>\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
