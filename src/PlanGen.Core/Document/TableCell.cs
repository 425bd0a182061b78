namespace PlanGen.Core.Document;

/// <summary>A cell of a table row.</summary>
/// <param name="Runs">The text with emphasis and line breaks.</param>
/// <param name="Span">How many columns the cell covers, at least 1.</param>
public sealed record TableCell(IReadOnlyList<InlineRun> Runs, int Span = 1);
