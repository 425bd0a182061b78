namespace PlanGen.Core.Document;

/// <summary>
/// A table with a single-line grid: its columns, header rows repeated at the top of every page,
/// then body rows, none of which splits across pages.
/// </summary>
/// <param name="Columns">The columns, left to right.</param>
/// <param name="HeaderRows">Rows repeated on every page; usually one, made of the column titles.</param>
/// <param name="Rows">The body rows in order.</param>
public sealed record TableBlock(IReadOnlyList<TableColumn> Columns, IReadOnlyList<TableRow> HeaderRows, IReadOnlyList<TableRow> Rows) : Block;
