using System.Xml.Linq;

namespace PlanGen.Core.Document.Markup;

/// <summary>
/// The nesting limit of layout markup. The readers walk the tree recursively, so a template that
/// emits thousands of nested elements would overflow the stack; the depth is measured first,
/// without recursion, and too deep a tree is an error at the first element past the limit.
/// </summary>
internal static class MarkupDepth
{
    /// <summary>Real documents nest a dozen levels; this leaves room and stays far from the stack's end.</summary>
    public const int MaxDepth = 100;

    /// <summary>The first element nested deeper than <see cref="MaxDepth"/>, or null.</summary>
    public static XElement? FirstTooDeep(XElement root)
    {
        var pending = new Stack<(XElement Element, int Depth)>();
        pending.Push((root, 1));
        while (pending.Count > 0)
        {
            var (element, depth) = pending.Pop();
            if (depth > MaxDepth)
            {
                return element;
            }
            foreach (var child in element.Elements())
            {
                pending.Push((child, depth + 1));
            }
        }
        return null;
    }
}
