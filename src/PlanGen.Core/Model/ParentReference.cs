namespace PlanGen.Core.Model;

/// <summary>
/// Kế hoạch cấp trên — the plan this one implements: a path to its YAML (checked in full) or a
/// citation only, when the parent exists on paper alone.
/// </summary>
public sealed record ParentReference(string? Path, Citation? Citation) : ModelNode;
