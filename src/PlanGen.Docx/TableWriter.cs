using PlanGen.Core.Document;

namespace PlanGen.Docx;

/// <summary>
/// A table: single-line grid, fixed column widths from the percentages, bold centred header rows
/// repeated on every page, rows that never split across pages.
/// </summary>
internal static class TableWriter
{
    public static void Write(TableBlock table, int textWidth, WriterContext context)
    {
        var w = context.Writer;
        var widths = ColumnWidths(table.Columns, textWidth);
        Tables.Start(w, widths, grid: true, cellSideMargin: 80);
        foreach (var row in table.HeaderRows)
        {
            Row(w, row, widths);
        }

        foreach (var row in table.Rows)
        {
            Row(w, row, widths);
        }

        w.End();
    }

    /// <summary>Twips per column: unsized columns share what the sized ones leave; rounding goes to the last.</summary>
    public static int[] ColumnWidths(IReadOnlyList<Core.Document.TableColumn> columns, int textWidth)
    {
        var sized = columns.Where(c => c.WidthPercent is not null).Sum(c => c.WidthPercent!.Value);
        var unsized = columns.Count(c => c.WidthPercent is null);
        var share = unsized == 0 ? 0 : Math.Max(1.0, 100.0 - sized) / unsized;
        var percents = columns.Select(c => c.WidthPercent ?? share).ToArray();
        var total = percents.Sum();
        var widths = percents.Select(p => (int)(textWidth * p / total)).ToArray();
        if (widths.Length > 0)
        {
            widths[^1] += textWidth - widths.Sum();
        }

        return widths;
    }

    private static void Row(WmlWriter w, Core.Document.TableRow row, int[] widths)
    {
        Tables.StartRow(w, cantSplit: true, repeatAsHeader: row.Kind == TableRowKind.Header);
        var style = row.Kind switch
        {
            TableRowKind.Header => StyleIds.TableHeader,
            TableRowKind.Group => StyleIds.TableGroup,
            _ => StyleIds.TableText,
        };
        var keepNext = KeepNext(row);
        var column = 0;
        if (row.Number is not null && widths.Length > 0)
        {
            // A group's number is bold like its title; the number column keeps its own centred style.
            Tables.StartCell(w, widths[0]);
            Paragraphs.Styled(w, StyleIds.TableNumber, [new InlineRun(row.Number, Bold: row.Kind == TableRowKind.Group)], keepNext);
            w.End();
            column = 1;
        }

        var centre = row.Kind == TableRowKind.Header;
        foreach (var cell in row.Cells)
        {
            var span = Math.Min(cell.Span, widths.Length - column);
            if (span < 1)
            {
                break;
            }

            Tables.StartCell(w, widths[column..(column + span)].Sum(), span, centre);
            WriteCell(w, cell, style, keepNext);
            w.End();
            column += span;
        }

        for (; column < widths.Length; column++)
        {
            Tables.StartCell(w, widths[column], 1, centre);
            Paragraphs.Styled(w, style, [], keepNext);
            w.End();
        }

        w.End();
    }

    /// <summary>
    /// A cell's paragraphs, in its row's style; a cell holds at least one paragraph, as
    /// WordprocessingML wants. Templates make no tables inside cells, so none is written.
    /// </summary>
    private static void WriteCell(WmlWriter w, Core.Document.TableCell cell, string style, bool? keepNext)
    {
        var paragraphs = cell.Blocks.OfType<Paragraph>().ToList();
        if (paragraphs.Count == 0)
        {
            Paragraphs.Styled(w, style, [], keepNext);
        }

        foreach (var paragraph in paragraphs)
        {
            Paragraphs.Styled(w, style, paragraph.Runs, keepNext);
        }
    }

    /// <summary>
    /// Group rows keep with the next row through their style; any other choice of the tree is
    /// written on the paragraph, so the style's default costs no bytes.
    /// </summary>
    private static bool? KeepNext(Core.Document.TableRow row) =>
        row.KeepWithNext != (row.Kind == TableRowKind.Group) ? row.KeepWithNext : null;
}
