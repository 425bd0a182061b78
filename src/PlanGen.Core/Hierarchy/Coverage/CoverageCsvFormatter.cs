using System.Text;

namespace PlanGen.Core.Hierarchy.Coverage;

/// <summary>
/// A coverage report as CSV (RFC 4180, UTF-8): one row per task with columns
/// <c>task,content,lead,taken_up_by,missing</c>; lists are joined with "; ", a gap written
/// "unit (no-plan)" or "unit (skipped)". A cell that a spreadsheet would run as a formula is
/// prefixed with an apostrophe. In Vietnamese the header row and the reasons are in
/// Vietnamese words ("Mã nhiệm vụ,Nội dung,…", "unit (chưa có kế hoạch)").
/// </summary>
public static class CoverageCsvFormatter
{
    /// <summary>The CSV text, header first, lines ended with CRLF as RFC 4180 asks; headers in <paramref name="language"/> (<c>vi</c> or <c>en</c>).</summary>
    public static string Format(CoverageReport report, string language = "en")
    {
        var text = new StringBuilder();
        text.AppendJoin(',', CoverageText.CsvHeaders(language).Select(Output.CsvCells.Quote)).Append("\r\n");
        foreach (var row in report.Rows)
        {
            string[] cells =
            [
                row.TaskId,
                row.Content,
                row.Lead ?? "",
                string.Join("; ", row.TakenUpBy),
                string.Join("; ", row.Gaps.Select(g => g.Unit + " (" + CoverageText.CsvReason(g.Reason, language) + ")")),
            ];
            text.AppendJoin(',', cells.Select(Output.CsvCells.Quote)).Append("\r\n");
        }
        return text.ToString();
    }
}
