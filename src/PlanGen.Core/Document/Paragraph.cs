
namespace PlanGen.Core.Document;

/// <summary>A paragraph of inline runs. Numbers and list marks are already part of the runs.</summary>
/// <param name="Kind">Body text or a basis.</param>
/// <param name="Runs">The text with emphasis.</param>
public sealed record Paragraph(ParagraphKind Kind, IReadOnlyList<InlineRun> Runs) : Block;
