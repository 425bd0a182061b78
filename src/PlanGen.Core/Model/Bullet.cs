namespace PlanGen.Core.Model;

/// <summary>A "-" item, with its "+" sub-items; or a paragraph that stands between the items.</summary>
public sealed record Bullet(string Text, IReadOnlyList<string> SubItems) : ModelNode
{
    /// <summary>True for a paragraph written among the items (<c>- paragraph: …</c>), printed in its place.</summary>
    public bool IsParagraph { get; init; }
}
