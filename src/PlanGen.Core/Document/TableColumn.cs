namespace PlanGen.Core.Document;

/// <summary>A column of a task table.</summary>
/// <param name="Title">Header text, e.g. <c>Nội dung công tác</c>.</param>
/// <param name="WidthPercent">Width in percent of the table; null shares what the others leave.</param>
public sealed record TableColumn(string Title, int? WidthPercent);
