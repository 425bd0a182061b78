using System.Globalization;
using System.Text;
using PlanGen.Core.Document.Grammar;

namespace PlanGen.Core.Hierarchy.Coverage;

/// <summary>A coverage report as a plain-text table for the terminal, one line per task.</summary>
public static class CoverageTableFormatter
{
    /// <summary>The table, headers and notes in <paramref name="language"/> (<c>vi</c> or <c>en</c>).</summary>
    public static string Format(CoverageReport report, string language)
    {
        var vi = CoverageText.IsVietnamese(language);
        var header = CoverageText.TableHeaders(language);
        var rows = report.Rows.Select(r => new[]
        {
            r.TaskId,
            Output.TextTable.Cut(r.Content, 40),
            Output.TextTable.Cut(r.Lead ?? "", 32),
            string.Join(", ", r.TakenUpBy),
            string.Join(", ", r.Gaps.Select(g => g.Unit + " (" + CoverageText.Reason(g.Reason, language) + ")")),
        }).ToList();
        var text = new StringBuilder();
        text.Append(report.Citation.ToText()).Append('\n');
        Output.TextTable.Append(text, header, rows);
        var missing = report.LedCount - report.CoveredCount;
        text.Append(vi
            ? string.Create(CultureInfo.InvariantCulture, $"{report.Rows.Count} nhiệm vụ; {report.LedCount} có đơn vị chủ trì; {report.CoveredCount} đã được triển khai đủ; {missing} chưa triển khai đủ.")
            : string.Create(CultureInfo.InvariantCulture, $"{report.Rows.Count} tasks; {report.LedCount} with a lead unit; {report.CoveredCount} fully taken up; {missing} missing."));
        return text.Append('\n').ToString();
    }
}
