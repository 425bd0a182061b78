namespace PlanGen.Core.Document;

/// <summary>A column of a table.</summary>
/// <param name="WidthPercent">Width in percent of the table; null shares what the others leave.</param>
public sealed record TableColumn(int? WidthPercent);
