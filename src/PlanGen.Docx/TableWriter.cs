using PlanGen.Core.Document;
using DocumentFormat.OpenXml.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace PlanGen.Docx;

/// <summary>
/// A table: single-line grid, fixed column widths from the percentages, bold centred header rows
/// repeated on every page, rows that never split across pages.
/// </summary>
internal static class TableWriter
{
    public static void Write(TableBlock table, int textWidth, WriterContext context)
    {
        var widths = ColumnWidths(table.Columns, textWidth);
        var grid = Tables.Create(widths, grid: true, cellSideMargin: 80);
        foreach (var row in table.HeaderRows)
        {
            grid.Append(Row(row, widths));
        }

        foreach (var row in table.Rows)
        {
            grid.Append(Row(row, widths));
        }

        context.Add(grid);
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

    private static W.TableRow Row(Core.Document.TableRow row, int[] widths)
    {
        var properties = new TableRowProperties(new CantSplit());
        if (row.Kind == TableRowKind.Header)
        {
            properties.Append(new TableHeader());
        }

        var result = new W.TableRow(properties);
        var style = row.Kind switch
        {
            TableRowKind.Header => StyleIds.TableHeader,
            TableRowKind.Group => StyleIds.TableGroup,
            _ => StyleIds.TableText,
        };
        var column = 0;
        if (row.Number is not null && widths.Length > 0)
        {
            // A group's number is bold like its title; the number column keeps its own centred style.
            var number = Paragraphs.Styled(StyleIds.TableNumber, [new InlineRun(row.Number, Bold: row.Kind == TableRowKind.Group)]);
            result.Append(Cell(widths[0], 1, KeepWithNext(number, row), centreVertically: false));
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

            result.Append(Cell(widths[column..(column + span)].Sum(), span, KeepWithNext(Paragraphs.Styled(style, cell.Runs), row), centre));
            column += span;
        }

        for (; column < widths.Length; column++)
        {
            result.Append(Cell(widths[column], 1, KeepWithNext(Paragraphs.Styled(style, []), row), centre));
        }

        return result;
    }

    /// <summary>
    /// Group rows keep with the next row through their style; any other choice of the tree is
    /// written on the paragraph, so the style's default costs no bytes.
    /// </summary>
    private static W.Paragraph KeepWithNext(W.Paragraph paragraph, Core.Document.TableRow row)
    {
        var styleKeeps = row.Kind == TableRowKind.Group;
        if (row.KeepWithNext != styleKeeps && paragraph.ParagraphProperties is { } properties)
        {
            properties.KeepNext = row.KeepWithNext ? new KeepNext() : new KeepNext { Val = false };
        }

        return paragraph;
    }

    private static W.TableCell Cell(int width, int span, W.Paragraph paragraph, bool centreVertically)
    {
        var cell = Tables.Cell(width, span, centreVertically);
        cell.Append(paragraph);
        return cell;
    }
}
