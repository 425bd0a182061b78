namespace PlanGen.Core.Document.Markup;

/// <summary>
/// The nesting limit of layout markup. The readers walk the tree recursively, so a template that
/// emits thousands of nested elements would overflow the stack; the depth is measured while the
/// markup is read, and too deep a tree is one error at an element one level past the limit.
/// </summary>
internal static class MarkupDepth
{
    /// <summary>Real documents nest a dozen levels; this leaves room and stays far from the stack's end.</summary>
    public const int MaxDepth = 100;

    /// <summary>
    /// Whether an element at <paramref name="depth"/> (the root is 1) is the one to report, when
    /// no later one is: of the elements one level past the limit, the last in document order is
    /// reported, where a walk of the tree from its last child finds one first.
    /// </summary>
    public static bool IsReported(int depth) => depth == MaxDepth + 1;
}
