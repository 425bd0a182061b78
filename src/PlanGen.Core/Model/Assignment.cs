namespace PlanGen.Core.Model;

/// <summary>
/// Phân công thực hiện — who does a content item: lead and supporting units (for the checks) and
/// the sentence as printed. Sub-assignments are printed as "+" items.
/// </summary>
public sealed record Assignment(
    string? Text,
    IReadOnlyList<UnitName> Lead,
    IReadOnlyList<UnitName> Support,
    IReadOnlyList<Assignment> Items) : ModelNode;
