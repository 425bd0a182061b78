using System.Globalization;
using System.Text.RegularExpressions;
using PlanGen.Core.Model;

namespace PlanGen.Core.Document.Grammar;

/// <summary>
/// Địa danh và thời gian — header box 4: <c>Lào Cai, ngày 05 tháng 02 năm 2024</c>, or in a draft
/// <c>Bình Phước, ngày      tháng 4 năm 2020</c>.
/// </summary>
/// <param name="Place">The place, capitalised as the document writes it.</param>
/// <param name="Date">The date; partial in a draft, null when even the year is left blank.</param>
public sealed partial record PlaceDateLine(string Place, VnDate? Date)
{
    /// <summary>The line: the place, a comma, then <see cref="LongDate.Format"/>.</summary>
    public string Format() => Place + ", " + LongDate.Format(Date);

    /// <summary>
    /// A place-and-date line as documents write it: also without the comma, with single-digit
    /// days and months, several spaces, or broken after the place; null when the text holds no
    /// "ngày … tháng … năm …". A day the calendar does not have leaves the date null.
    /// </summary>
    public static Parsed<PlaceDateLine, PlaceDateDeviations>? Parse(string line)
    {
        var match = Pattern().Match(GrammarText.Collapse(line));
        if (!match.Success) return null;
        var deviations = PlaceDateDeviations.None;
        var place = match.Groups["place"].Value.Trim();
        if (place.Length == 0 || match.Groups["rest"].Value.Trim().Length > 0) deviations |= PlaceDateDeviations.Form;
        if (place.Length > 0 && match.Groups["comma"].Length == 0) deviations |= PlaceDateDeviations.Comma;
        var day = match.Groups["day"].Value;
        var month = match.Groups["month"].Value;
        if (day.Length == 1 || month is "1" or "2") deviations |= PlaceDateDeviations.Zero;
        if (match.Groups["glued"].Success) deviations |= PlaceDateDeviations.Spaces;
        VnDate? date = null;
        if (match.Groups["year"].Success)
        {
            date = LongDate.DateOf(Number(match.Groups["year"].Value)!.Value, Number(month), Number(day));
            if (date is null) deviations |= PlaceDateDeviations.NoSuchDate;
        }
        return new(new PlaceDateLine(place, date), deviations);
    }

    private static int? Number(string digits) => digits.Length == 0 ? null : int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    // The place (up to an optional comma; "Phường 1, Quận 3" holds one), then ngày, tháng, năm each with its number or a blank.
    // "glued" catches a number written against its word ("ngày5").
    [GeneratedRegex(
        @"^(?<place>.*?)(?<comma>,?)\s*ngày(?:(?<glued>(?=\d))|\s*)(?<day>\d{1,2})?\s*tháng(?:(?<glued>(?=\d))|\s*)(?<month>\d{1,2})?\s*năm(?:(?<glued>(?=\d))|\s*)(?<year>\d{4})?(?<rest>.*)$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
