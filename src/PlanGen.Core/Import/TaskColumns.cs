using PlanGen.Core.Document;
using PlanGen.Core.Document.Reading;

namespace PlanGen.Core.Import;

/// <summary>
/// Where each field of a task table is, found by the header's words (STT, Nội dung, Thời gian,
/// chủ trì, phối hợp, Ghi chú); a table without such a header is read in the usual order.
/// </summary>
internal sealed class TaskColumns
{
    // STT, content, timeline, lead, support, note: the column of each, or -1.
    private readonly int[] _at = [0, 1, 2, 3, 4, 5];

    public int HeaderRows { get; private init; }

    public static TaskColumns Of(TableBlock table)
    {
        var columns = new TaskColumns { HeaderRows = 0 };
        var rows = table.AllRows.Take(2).ToList();
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = rows[r].Cells.Select(c => c.Text).ToList();
            if (!cells.Any(c => c.Contains("Nội dung", StringComparison.OrdinalIgnoreCase) || c.Contains("Nhiệm vụ", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }
            int Find(Func<string, bool> test) => cells.FindIndex(c => test(c));
            columns._at[0] = Find(c => c.Trim().Equals("STT", StringComparison.OrdinalIgnoreCase) || c.Trim().Equals("TT", StringComparison.OrdinalIgnoreCase));
            columns._at[1] = Find(c => c.Contains("Nội dung", StringComparison.OrdinalIgnoreCase) || c.Contains("Nhiệm vụ", StringComparison.OrdinalIgnoreCase));
            columns._at[2] = Find(c => c.Contains("Thời gian", StringComparison.OrdinalIgnoreCase) || c.Contains("Thời hạn", StringComparison.OrdinalIgnoreCase));
            columns._at[3] = Find(c => c.Contains("chủ trì", StringComparison.OrdinalIgnoreCase));
            columns._at[4] = Find(c => c.Contains("phối hợp", StringComparison.OrdinalIgnoreCase));
            columns._at[5] = Find(c => c.Contains("Ghi chú", StringComparison.OrdinalIgnoreCase));
            return new TaskColumns { HeaderRows = r + 1 }.With(columns._at);
        }
        return columns;
    }

    private TaskColumns With(int[] at)
    {
        at.CopyTo(_at, 0);
        return this;
    }

    /// <summary>The six fields of a row, empty where the table has no such column. Cell text keeps its emphasis marks.</summary>
    public string[] Read(TableRow row)
    {
        // Grid columns: a cell spanning several columns takes them all.
        var grid = new List<TableCell>();
        foreach (var cell in row.Cells)
        {
            for (var s = 0; s < Math.Max(1, cell.Span); s++) grid.Add(cell);
        }
        var fields = new string[6];
        for (var f = 0; f < 6; f++)
        {
            var at = _at[f];
            fields[f] = at >= 0 && at < grid.Count && (f == 0 || at == 0 || !ReferenceEquals(grid[at], grid[at - 1]) || f == 1)
                ? Text(grid[at])
                : "";
        }
        return fields;
    }

    private static string Text(TableCell cell) =>
        string.Join(" ", cell.Blocks.OfType<Paragraph>().Select(p => MarkedText.Format(p.Runs).Replace('\n', ' ').Trim()).Where(t => t.Length > 0));
}
