using PlanGen.Core.Document;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PlanGen.Docx;

/// <summary>
/// The appendix task table: single-line grid, fixed column widths from the percentages, a bold
/// centred header row repeated on every page, rows that never split across pages.
/// </summary>
internal static class TaskTableWriter
{
    public static void Write(TaskTable table, int textWidth, WriterContext context)
    {
        var widths = ColumnWidths(table.Columns, textWidth);
        var grid = Tables.Create(widths, grid: true, cellSideMargin: 80);

        var header = Row(repeatAsHeader: true);
        for (var i = 0; i < widths.Length; i++)
        {
            header.Append(Cell(widths[i], 1, Paragraphs.Styled(StyleIds.TableHeader, table.Columns[i].Title), centreVertically: true));
        }

        grid.Append(header);
        foreach (var task in table.Tasks)
        {
            AppendTask(grid, task, widths);
        }

        foreach (var group in table.Groups)
        {
            grid.Append(GroupRow(group, widths));
            foreach (var task in group.Tasks)
            {
                AppendTask(grid, task, widths);
            }
        }

        context.Add(grid);
    }

    /// <summary>Twips per column: unsized columns share what the sized ones leave; rounding goes to the last.</summary>
    public static int[] ColumnWidths(IReadOnlyList<TableColumn> columns, int textWidth)
    {
        var sized = columns.Where(c => c.WidthPercent is not null).Sum(c => c.WidthPercent!.Value);
        var unsized = columns.Count(c => c.WidthPercent is null);
        var share = unsized == 0 ? 0 : Math.Max(1.0, 100.0 - sized) / unsized;
        var percents = columns.Select(c => c.WidthPercent ?? share).ToArray();
        var total = percents.Sum();
        var widths = percents.Select(p => (int)(textWidth * p / total)).ToArray();
        widths[^1] += textWidth - widths.Sum();
        return widths;
    }

    private static void AppendTask(Table grid, TaskRow task, int[] widths)
    {
        var row = Row(repeatAsHeader: false);
        row.Append(Cell(widths[0], 1, Paragraphs.Styled(StyleIds.TableNumber, task.Number)));
        var cells = task.Cells;
        for (var i = 1; i < widths.Length; i++)
        {
            var runs = i - 1 < cells.Count ? cells[i - 1] : [];
            row.Append(Cell(widths[i], 1, Paragraphs.Styled(StyleIds.TableText, runs)));
        }

        grid.Append(row);
        foreach (var sub in task.SubTasks)
        {
            AppendTask(grid, sub, widths);
        }
    }

    private static TableRow GroupRow(TaskGroup group, int[] widths)
    {
        var row = Row(repeatAsHeader: false);
        var number = Paragraphs.Styled(StyleIds.TableNumber, [new InlineRun(group.Number, Bold: true)]);
        row.Append(Cell(widths[0], 1, number));
        if (widths.Length < 2)
        {
            return row;
        }

        if (!group.HasCells)
        {
            // The title spans every column after STT, as the plans print group rows.
            row.Append(Cell(widths[1..].Sum(), widths.Length - 1, Paragraphs.Styled(StyleIds.TableGroup, group.Title)));
            return row;
        }

        IReadOnlyList<InlineRun>[] cells = [[new InlineRun(group.Title)], group.Timeline, group.Lead, group.Support, group.Note];
        for (var i = 1; i < widths.Length; i++)
        {
            var runs = i - 1 < cells.Length ? cells[i - 1] : [];
            row.Append(Cell(widths[i], 1, Paragraphs.Styled(StyleIds.TableGroup, runs)));
        }

        return row;
    }

    private static TableRow Row(bool repeatAsHeader)
    {
        var properties = new TableRowProperties(new CantSplit());
        if (repeatAsHeader)
        {
            properties.Append(new TableHeader());
        }

        return new TableRow(properties);
    }

    private static TableCell Cell(int width, int span, DocumentFormat.OpenXml.Wordprocessing.Paragraph paragraph, bool centreVertically = false)
    {
        var cell = Tables.Cell(width, span, centreVertically);
        cell.Append(paragraph);
        return cell;
    }
}
