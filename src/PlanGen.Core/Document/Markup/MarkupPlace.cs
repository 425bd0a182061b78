namespace PlanGen.Core.Document.Markup;

/// <summary>A 1-based line and column in layout markup.</summary>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
public readonly record struct MarkupPlace(int Line, int Column);
