using PlanGen.Core.Document;

namespace PlanGen.Pdf.Reading;

/// <summary>
/// Pages → blocks and sections: consecutive pages of one size and orientation make a section; running text
/// flows across page breaks into paragraphs, a table continued on the next page is joined, and
/// two-column blocks become borderless two-column tables.
/// </summary>
internal static class SectionAssembler
{
    private const double MmPerPoint = 25.4 / 72;

    public static (List<Block> Blocks, List<PageSetup> Sections) Assemble(IReadOnlyList<PageContent> pages)
    {
        var blocks = new List<Block>();
        var sections = new List<PageSetup>();
        var start = 0;
        for (var i = 1; i <= pages.Count; i++)
        {
            if (i == pages.Count || !SameSize(pages[i], pages[start]))
            {
                sections.Add(Section(pages.Skip(start).Take(i - start).ToList(), sections.Count, blocks));
                start = i;
            }
        }
        return (blocks, sections);
    }

    private static bool SameSize(PageContent a, PageContent b) =>
        Math.Abs(a.Width - b.Width) < 2 && Math.Abs(a.Height - b.Height) < 2;

    private static PageSetup Section(List<PageContent> pages, int section, List<Block> blocks)
    {
        var lines = pages.SelectMany(p => p.Items).OfType<LineItem>().Select(i => i.Line).ToList();
        // The text's edges: its lines' and its bordered tables' (a landscape appendix page may hold little else).
        var tables = pages.SelectMany(p => p.Items).OfType<TableItem>().Select(i => i.Table.Columns).ToList();
        var lefts = lines.Select(l => l.Left).Concat(tables.Select(c => c[0])).ToList();
        var rights = lines.Select(l => l.Right).Concat(tables.Select(c => c[^1])).ToList();
        var left = lefts.Count > 0 ? lefts.Min() : 0;
        var right = rights.Count > 0 ? rights.Max() : pages[0].Width;
        var builder = new ParagraphBuilder(left, right, Pitch(lines), section);

        var running = new List<PdfLine>();
        TableDraft? open = null;
        void FlushLines()
        {
            if (running.Count > 0) blocks.AddRange(builder.Build(running));
            running = [];
        }
        void FlushTable()
        {
            if (open is not null) blocks.Add(ToTable(open, section));
            open = null;
        }

        foreach (var item in pages.SelectMany(p => p.Items))
        {
            switch (item)
            {
                case LineItem { Line: var line }:
                    FlushTable();
                    running.Add(line);
                    break;
                case TableItem { Table: var table }:
                    FlushLines();
                    if (open is not null && table.Page > open.Page && open.ContinuesIn(table))
                    {
                        open.Append(table);
                    }
                    else
                    {
                        FlushTable();
                        open = table;
                    }
                    break;
                case ColumnsItem { Block: var block }:
                    FlushLines();
                    FlushTable();
                    blocks.Add(ToTable(block, section));
                    break;
            }
        }
        FlushLines();
        FlushTable();
        return new PageSetup(Geometry(pages, left, right));
    }

    /// <summary>The usual distance between baselines: the most common one between lines of a page.</summary>
    private static double Pitch(List<PdfLine> lines)
    {
        var gaps = lines.Zip(lines.Skip(1))
            .Where(pair => pair.First.Page == pair.Second.Page)
            .Select(pair => Math.Round(pair.Second.Baseline - pair.First.Baseline))
            .Where(gap => gap > 0)
            .ToList();
        return gaps.Count == 0 ? 16 : gaps.GroupBy(g => g).MaxBy(g => g.Count())!.Key;
    }

    /// <summary>Paper size, and margins as far as the text shows them (from where the text stands).</summary>
    private static PageGeometry Geometry(List<PageContent> pages, double left, double right)
    {
        var page = pages[0];
        var lines = pages.SelectMany(p => p.Items).OfType<LineItem>().Select(i => i.Line).ToList();
        var top = lines.Count > 0 ? lines.Min(l => l.Top) : 0;
        var bottom = lines.Count > 0 ? lines.Max(l => l.Baseline) : page.Height;
        return new PageGeometry(
            Mm(page.Width), Mm(page.Height), Mm(top), Mm(page.Height - bottom), Mm(left), Mm(page.Width - right));
    }

    private static double Mm(double points) => Math.Round(points * MmPerPoint, 1);

    private static TableBlock ToTable(TableDraft draft, int section)
    {
        var rows = draft.Rows.Select((row, index) => new TableRow(
            index == 0 && draft.HeaderRepeats ? TableRowKind.Header : TableRowKind.Item,
            null,
            [.. row.Cells.Select(c => new TableCell(CellBlocks(c.Lines, section), c.Span))],
            KeepWithNext: false)).ToList();
        var columns = TableColumn.FromWidths([.. draft.Columns.Zip(draft.Columns.Skip(1)).Select(pair => Mm(pair.Second - pair.First))]);
        var top = rows.TakeWhile(r => r.Kind == TableRowKind.Header).Count();
        return new TableBlock(columns, rows[..top], rows[top..]) { Place = SourcePlace.OfPageLine(draft.Page, draft.Line, section) };
    }

    /// <summary>A cell's lines as one paragraph (cells of the appendix hold one paragraph each).</summary>
    private static List<Block> CellBlocks(IReadOnlyList<PdfLine> lines, int section) =>
        lines.Count == 0 ? [] : [Paragraph(lines, section)];

    private static Paragraph Paragraph(IReadOnlyList<PdfLine> lines, int section) =>
        new(ParagraphKind.Body, InlineRuns.Of(lines)) { Place = SourcePlace.OfPageLine(lines[0].Page, lines[0].Number, section) };

    private static TableBlock ToTable(ColumnBlock block, int section)
    {
        // Each line of a column is a paragraph of its cell: these lines are short, set one by one.
        var cells = new[] { block.Left, block.Right }
            .Select(side => new TableCell([.. side.Select(l => (Block)Paragraph([l], section))]))
            .ToList();
        var first = block.Source[0];
        var row = new TableRow(TableRowKind.Item, null, cells, KeepWithNext: false);
        return new TableBlock([new TableColumn(null), new TableColumn(null)], [], [row])
        {
            Place = SourcePlace.OfPageLine(first.Page, first.Number, section),
            Bordered = false,
        };
    }
}
