namespace PlanGen.Pdf.Reading;

/// <summary>
/// A bordered table while pages are still being read: rows of cells holding their lines, so that
/// a table continued on the next page can be joined before it becomes a <c>TableBlock</c>.
/// </summary>
internal sealed class TableDraft
{
    public TableDraft(int page, int line, IReadOnlyList<double> columns)
    {
        Page = page;
        Line = line;
        Columns = columns;
    }

    public int Page { get; }

    public int Line { get; }

    /// <summary>Column borders on the page the table starts on.</summary>
    public IReadOnlyList<double> Columns { get; }

    public List<DraftRow> Rows { get; } = [];

    /// <summary>True once a header row was found repeated on a later page.</summary>
    public bool HeaderRepeats { get; set; }

    /// <summary>Reads a grid's cells from the words inside it.</summary>
    public static TableDraft From(RulingGrid grid, int page, IReadOnlyList<PdfWord> words, IReadOnlyList<double> pageBaselines)
    {
        var draft = new TableDraft(page, LineClustering.NumberOf(grid.Top, pageBaselines), grid.Columns);
        for (var row = 0; row + 1 < grid.Rows.Count; row++)
        {
            var top = grid.Rows[row];
            var bottom = grid.Rows[row + 1];
            // A word belongs to the row its x-height middle falls in.
            var rowWords = words.Where(w => w.Baseline - (w.Size / 3) > top && w.Baseline - (w.Size / 3) <= bottom).ToList();
            var cells = new List<DraftCell>();
            var start = 0;
            for (var border = 1; border < grid.Columns.Count; border++)
            {
                if (border < grid.Columns.Count - 1 && !grid.HasBorder(border, row)) continue;
                var left = grid.Columns[start];
                var right = grid.Columns[border];
                var cellWords = rowWords.Where(w => w.Centre > left && w.Centre <= right).ToList();
                cells.Add(new DraftCell(LineClustering.Lines(page, cellWords, pageBaselines), border - start));
                start = border;
            }
            if (rowWords.Count > 0 || bottom - top > 4)
            {
                draft.Rows.Add(new DraftRow(cells));
            }
        }
        return draft;
    }

    /// <summary>
    /// True when <paramref name="next"/> (the first table of the next page) continues this one: the
    /// same columns where the pages are alike.
    /// </summary>
    public bool ContinuesIn(TableDraft next) =>
        next.Columns.Count == Columns.Count
        && next.Columns.Zip(Columns).All(pair => Math.Abs(pair.First - pair.Second) < 3);

    /// <summary>
    /// Takes the rows of the table's continuation: the header row repeated at its top is dropped,
    /// and a row that began on the previous page (its first cell empty there) joins that row.
    /// </summary>
    public void Append(TableDraft next)
    {
        var rows = next.Rows;
        var skip = 0;
        if (Rows.Count > 0 && rows.Count > 0 && rows[0].Text == Rows[0].Text)
        {
            HeaderRepeats = true;
            skip = 1;
        }
        if (Rows.Count > 1 && rows.Count > skip && rows[skip].ContinuesRow(Rows[^1]))
        {
            Rows[^1] = Rows[^1].JoinedWith(rows[skip]);
            skip++;
        }
        Rows.AddRange(rows.Skip(skip));
    }
}

/// <summary>A row of a table draft.</summary>
internal sealed record DraftRow(IReadOnlyList<DraftCell> Cells)
{
    public string Text => string.Join('|', Cells.Select(c => c.Text));

    /// <summary>A row's continuation has the same cells, an empty first cell and text elsewhere.</summary>
    public bool ContinuesRow(DraftRow previous) =>
        Cells.Count == previous.Cells.Count && Cells.Count > 1
        && Cells[0].Lines.Count == 0 && previous.Cells[0].Lines.Count > 0
        && Cells.Any(c => c.Lines.Count > 0)
        && Cells.Zip(previous.Cells).All(pair => pair.First.Span == pair.Second.Span);

    public DraftRow JoinedWith(DraftRow rest) =>
        new([.. Cells.Zip(rest.Cells).Select(pair => pair.First with { Lines = [.. pair.First.Lines, .. pair.Second.Lines] })]);
}

/// <summary>A cell of a table draft: its lines and the columns it spans.</summary>
internal sealed record DraftCell(IReadOnlyList<PdfLine> Lines, int Span)
{
    public string Text => string.Join(' ', Lines.Select(l => l.Text));
}
