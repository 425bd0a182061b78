namespace PlanGen.Core.Document;

/// <summary>A second-level indent item starting with <c>+ </c> (already in its first paragraph).</summary>
/// <param name="Children">The item's paragraphs.</param>
public sealed record PlusItem(IReadOnlyList<Block> Children) : Block;
