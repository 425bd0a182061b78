namespace PlanGen.Core.Document;

/// <summary>A column of a table.</summary>
/// <param name="WidthPercent">Width in percent of the table; null shares what the others leave.</param>
public sealed record TableColumn(int? WidthPercent)
{
    /// <summary>The width a read document gives the column, in millimetres; null in a tree a template made.</summary>
    public double? WidthMm { get; init; }

    /// <summary>The columns of a read table from their widths: each one's share in percent, and its width.</summary>
    public static IReadOnlyList<TableColumn> FromWidths(IReadOnlyList<double> widthsMm)
    {
        ArgumentNullException.ThrowIfNull(widthsMm);
        var total = widthsMm.Sum();
        return [.. widthsMm.Select(w => new TableColumn(total > 0 ? (int)Math.Round(w * 100 / total) : null) { WidthMm = w })];
    }
}
