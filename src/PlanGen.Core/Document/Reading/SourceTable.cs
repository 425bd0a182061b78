namespace PlanGen.Core.Document.Reading;

/// <summary>A table as read: rows of cells, whether it has borders (a header block usually has none).</summary>
/// <param name="Location">Where it starts in the source file.</param>
/// <param name="Rows">Its rows in order.</param>
/// <param name="Bordered">True when cell borders are drawn.</param>
public sealed record SourceTable(SourceLocation Location, IReadOnlyList<SourceRow> Rows, bool Bordered) : SourceBlock(Location)
{
    /// <summary>Column widths in millimetres where the source gives them; empty otherwise.</summary>
    public IReadOnlyList<double> ColumnWidthsMm { get; init; } = [];
}

/// <summary>A table row.</summary>
/// <param name="Cells">Its cells, left to right.</param>
/// <param name="RepeatsAsHeader">True for a header row repeated at the top of each page.</param>
public sealed record SourceRow(IReadOnlyList<SourceCell> Cells, bool RepeatsAsHeader);

/// <summary>A table cell: its paragraphs (and nested tables), and how many grid columns it spans.</summary>
/// <param name="Blocks">Its content.</param>
/// <param name="ColumnSpan">Columns spanned, at least 1.</param>
public sealed record SourceCell(IReadOnlyList<SourceBlock> Blocks, int ColumnSpan = 1)
{
    /// <summary>The cell's text: its paragraphs' texts joined with <c>\n</c>.</summary>
    public string Text => string.Join('\n', Blocks.OfType<SourceParagraph>().Select(p => p.Text));

    /// <summary>True when the cell continues a vertically merged cell above it (its content is the one above).</summary>
    public bool ContinuesAbove { get; init; }
}
