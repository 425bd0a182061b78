using System.Globalization;
using System.Text;

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
            Cut(r.Content, 40),
            Cut(r.Lead ?? "", 32),
            string.Join(", ", r.TakenUpBy),
            string.Join(", ", r.Gaps.Select(g => g.Unit + " (" + CoverageText.Reason(g.Reason, language) + ")")),
        }).ToList();
        var widths = Enumerable.Range(0, header.Length).Select(i => rows.Select(r => r[i].Length).Append(header[i].Length).Max()).ToArray();
        var text = new StringBuilder();
        text.Append(report.Citation.ToText()).Append('\n');
        AppendRow(text, header, widths);
        AppendRow(text, [.. widths.Select(w => new string('-', w))], widths);
        foreach (var row in rows)
        {
            AppendRow(text, row, widths);
        }
        var missing = report.LedCount - report.CoveredCount;
        text.Append(vi
            ? string.Create(CultureInfo.InvariantCulture, $"{report.Rows.Count} nhiệm vụ; {report.LedCount} có đơn vị chủ trì; {report.CoveredCount} đã được triển khai đủ; {missing} chưa triển khai đủ.")
            : string.Create(CultureInfo.InvariantCulture, $"{report.Rows.Count} tasks; {report.LedCount} with a lead unit; {report.CoveredCount} fully taken up; {missing} missing."));
        return text.Append('\n').ToString();
    }

    private static void AppendRow(StringBuilder text, string[] cells, int[] widths)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            text.Append(i == cells.Length - 1 ? cells[i] : cells[i].PadRight(widths[i])).Append(i == cells.Length - 1 ? "" : " | ");
        }
        text.Append('\n');
    }

    private static string Cut(string text, int max)
    {
        var line = Templating.MarkupText.StripEmphasis(text).Replace('\n', ' ').Trim();
        return line.Length <= max ? line : line[..(max - 1)].TrimEnd() + "…";
    }
}
