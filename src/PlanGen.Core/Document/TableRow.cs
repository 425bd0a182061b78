namespace PlanGen.Core.Document;

/// <summary>
/// A row of a table. A row with a <see cref="Number"/> prints it in the first column and its cells
/// in the columns after it; a row without one starts its cells in the first column. Columns the
/// cells do not reach are left empty.
/// </summary>
/// <param name="Kind">Header, group or item: the writer picks the row's styles from it.</param>
/// <param name="Number">The printed number (<c>I</c>, <c>7.2</c>), or null.</param>
/// <param name="Cells">The cells in column order.</param>
/// <param name="KeepWithNext">True when the row must stay on the page of the row after it.</param>
public sealed record TableRow(TableRowKind Kind, string? Number, IReadOnlyList<TableCell> Cells, bool KeepWithNext);
