using PlanGen.Core.Document.Grammar;
using PlanGen.Core.Document;
using System.Globalization;
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
        var columns = WidthPercents.Select(w => new TableColumn(w)).ToList();
        var header = new TableRow(TableRowKind.Header, null, [.. ColumnTitles.Select(t => new TableCell([new InlineRun(t)]))], KeepWithNext: false);
        var rows = new List<TableRow>();
        foreach (var group in report.Groups)
        {
            // The group title spans every column after the number, as the plans print group rows.
            rows.Add(new TableRow(TableRowKind.Group, group.Number, [new TableCell([new InlineRun(group.Title)], columns.Count - 1)], KeepWithNext: true));
            rows.AddRange(group.Rows.Select(Row));
        }

        var table = new TableBlock(columns, [header], rows);
        return new LayoutDocument(properties, null, title, [Summary(report), table], null, []) { Landscape = true };
    }

    private static TableRow Row(CoverageRow row) => new(TableRowKind.Item, row.Number,
    [
        new(Lines([MarkupText.StripEmphasis(row.Content)])),
        new(Lines(row.Lead is null ? [] : [row.Lead])),
        new(Lines(row.TakenUpBy)),
        new(Lines([.. row.Gaps.Select(g => g.Unit + " (" + CoverageText.Reason(g.Reason, "vi") + ")")])),
    ], KeepWithNext: false);

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
