namespace PlanGen.Core.Document.Reading;

/// <summary>
/// Gathers the rows of a table read from text: the first row is the header; the header repeated
/// where a page broke is dropped, and a row with no number in its first cell continues the row
/// before it (a row split over a page, or a cell wrapped onto another line).
/// </summary>
internal sealed class TableBuilder(int firstLine)
{
    private readonly List<List<string>> _rows = [];
    private readonly List<int> _lines = [];

    public void Add(List<string> cells, int line)
    {
        if (_rows.Count > 0 && SameRow(_rows[0], cells))
        {
            return;
        }
        if (_rows.Count > 1 && (cells[0].Length == 0 || cells[0] == _rows[^1][0]))
        {
            var previous = _rows[^1];
            for (var c = 1; c < cells.Count; c++)
            {
                if (c >= previous.Count) previous.Add("");
                previous[c] = (previous[c] + " " + cells[c]).Trim();
            }
            return;
        }
        _rows.Add(cells);
        _lines.Add(line);
    }

    public TableBlock Build()
    {
        var width = _rows.Max(r => r.Count);
        var rows = _rows.Select((cells, index) => new TableRow(
            index == 0 ? TableRowKind.Header : TableRowKind.Item,
            null,
            [.. Enumerable.Range(0, width).Select(c => new TableCell(c < cells.Count && cells[c].Length > 0
                ? [new Paragraph(ParagraphKind.Body, MarkedText.Parse(cells[c])) { Place = SourcePlace.OfLine(_lines[index]) }]
                : (IReadOnlyList<Block>)[]))],
            KeepWithNext: false)).ToList();
        var columns = Enumerable.Range(0, width).Select(_ => new TableColumn(null)).ToList();
        return new TableBlock(columns, rows.Take(1).ToList(), rows.Skip(1).ToList()) { Place = SourcePlace.OfLine(firstLine) };
    }

    private static bool SameRow(List<string> a, List<string> b) =>
        a.Where(c => c.Length > 0).SequenceEqual(b.Where(c => c.Length > 0), StringComparer.Ordinal);
}
