namespace PlanGen.Core.Hierarchy.Coverage;

/// <summary>A lead unit that has not taken up a task, and why.</summary>
/// <param name="Unit">The unit's name, from units.yaml when it lists it.</param>
public sealed record CoverageGap(string Unit, CoverageGapReason Reason);
