namespace PlanGen.Core.Document;

/// <summary>An indent item starting with <c>- </c> (already in its first paragraph), with <c>+</c> items below it.</summary>
/// <param name="Children">The item's paragraph first, then its plus items.</param>
public sealed record DashItem(IReadOnlyList<Block> Children) : Block;
