namespace PlanGen.Core.Model;

/// <summary>A "-" item, with its "+" sub-items.</summary>
public sealed record Bullet(string Text, IReadOnlyList<string> SubItems) : ModelNode;
