using System.Globalization;
using System.Text;
using PlanGen.Core.Output;

namespace PlanGen.Core.Reports.Deadlines;

/// <summary>
/// The dates of <c>plangen deadlines</c> as CSV (RFC 4180, lines ended with CRLF): the first and
/// last day as YYYY-MM-DD, which a spreadsheet reads as dates in any locale, then the kind, plan, id,
/// unit, the timeline as written and the content; a timeline that names no day leaves both days
/// empty. Headers in the run's language.
/// </summary>
public static class DeadlineCsvFormatter
{
    /// <summary>The CSV text, header first; <see cref="OutputFile.Utf8WithBom"/> makes the bytes Excel reads.</summary>
    public static string Format(IReadOnlyList<DeadlineEntry> entries, string language)
    {
        var headers = DeadlineText.Headers(language);
        var text = new StringBuilder();
        string[] first = [DeadlineText.Word("deadlines.header.from", language), DeadlineText.Word("deadlines.header.to", language), .. headers[1..]];
        text.AppendJoin(',', first.Select(CsvCells.Quote)).Append("\r\n");
        foreach (var entry in DeadlineTableFormatter.InOrder(entries))
        {
            string[] cells =
            [
                Day(entry.From),
                Day(entry.To),
                DeadlineText.Kind(entry.Kind, language),
                entry.PlanName,
                entry.Key,
                entry.Unit,
                entry.When,
                entry.What,
            ];
            text.AppendJoin(',', cells.Select(CsvCells.Quote)).Append("\r\n");
        }
        return text.ToString();
    }

    private static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
