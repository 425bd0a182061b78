using PlanGen.Core.Document;
using System.Globalization;
using PlanGen.Core.Layout;
using PlanGen.Core.Templating;

namespace PlanGen.Core.Hierarchy.Coverage;

/// <summary>
/// A coverage report as a layout tree, for the DOCX writer: a Vietnamese administrative document on
/// landscape pages, ready to attach to a report. It carries no header boxes (plangen issues
/// nothing): the title <c>BÁO CÁO</c> with the subject "Tình hình triển khai Kế hoạch số … của …",
/// a summary paragraph, then a table with one group row per group of the parent and one row per
/// task: STT, Nhiệm vụ, Đơn vị chủ trì, Đã triển khai (kế hoạch), Chưa triển khai.
/// </summary>
public static class CoverageLayout
{
    /// <summary>The column titles of the report's table, in order.</summary>
    public static IReadOnlyList<string> ColumnTitles { get; } =
        ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đã triển khai (kế hoạch)", "Chưa triển khai"];

    private static readonly int[] WidthPercents = [6, 40, 18, 18, 18];

    /// <summary>
    /// The layout tree of <paramref name="report"/>. It depends on the report alone (no clock, no
    /// paths), so the same report always gives the same document.
    /// </summary>
    public static LayoutDocument Build(CoverageReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var subject = "Tình hình triển khai " + report.Citation.ToText();
        var properties = new LayoutProperties("Báo cáo " + ParentCitation.Subject(subject), report.Citation.ToText(), null, null);
        var title = new TitleBlock("BÁO CÁO", [new InlineRun(subject)]);
        var columns = ColumnTitles.Select((t, i) => new TableColumn(t, WidthPercents[i])).ToList();
        var groups = report.Groups
            .Select(g => new TaskGroup(g.Number, g.Title, [], [], [], [], [.. g.Rows.Select(Row)]))
            .ToList();
        var table = new TableBlock(new TaskTable(columns, groups, []));
        return new LayoutDocument(properties, null, title, [Summary(report), table], null, []) { Landscape = true };
    }

    private static TaskRow Row(CoverageRow row) => TaskRow.OfCells(row.Number,
    [
        Lines([MarkupText.StripEmphasis(row.Content)]),
        Lines(row.Lead is null ? [] : [row.Lead]),
        Lines(row.TakenUpBy),
        Lines([.. row.Gaps.Select(g => g.Unit + " (" + CoverageText.Reason(g.Reason, "vi") + ")")]),
    ]);

    /// <summary>Each item on a line of its own; line breaks inside an item kept.</summary>
    private static List<InlineRun> Lines(IReadOnlyList<string> items)
    {
        var runs = new List<InlineRun>();
        foreach (var line in items.SelectMany(i => i.Split('\n')).Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            if (runs.Count > 0)
            {
                runs.Add(InlineRun.Break);
            }
            runs.Add(new InlineRun(line));
        }
        return runs;
    }

    private static Paragraph Summary(CoverageReport report)
    {
        var plans = report.Children.Count == 0
            ? "Chưa có kế hoạch nào của các đơn vị được tổng hợp."
            : string.Create(CultureInfo.InvariantCulture, $"Tổng hợp {report.Children.Count} kế hoạch của các đơn vị: {string.Join(", ", report.Children)}.");
        var missing = report.LedCount - report.CoveredCount;
        var counts = string.Create(CultureInfo.InvariantCulture,
            $" Kế hoạch có {report.Rows.Count} nhiệm vụ, trong đó {report.LedCount} nhiệm vụ có đơn vị chủ trì; {report.CoveredCount} nhiệm vụ đã được các đơn vị chủ trì triển khai đầy đủ, {missing} nhiệm vụ chưa được triển khai đầy đủ.");
        return new Paragraph(ParagraphKind.Body, [new InlineRun(plans + counts)]);
    }
}
