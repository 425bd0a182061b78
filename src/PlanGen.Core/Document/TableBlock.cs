namespace PlanGen.Core.Document;

/// <summary>
/// A table: its columns, header rows repeated at the top of every page, then body rows. A
/// template's table has a single-line grid and rows that never split across pages; a table read
/// from a document may have no borders (a header block or a closing block laid out as one).
/// </summary>
/// <param name="Columns">The columns, left to right.</param>
/// <param name="HeaderRows">Rows repeated on every page; usually one, made of the column titles.</param>
/// <param name="Rows">The body rows in order.</param>
public sealed record TableBlock(IReadOnlyList<TableColumn> Columns, IReadOnlyList<TableRow> HeaderRows, IReadOnlyList<TableRow> Rows) : Block
{
    /// <summary>True when cell borders are drawn; a template's tables always have them.</summary>
    public bool Bordered { get; init; } = true;

    /// <summary>Header rows, then body rows.</summary>
    public IEnumerable<TableRow> AllRows => HeaderRows.Concat(Rows);
}
