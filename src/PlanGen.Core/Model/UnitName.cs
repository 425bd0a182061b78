namespace PlanGen.Core.Model;

/// <summary>A unit as a plan names it (any spelling); matched against units.yaml by the checks.</summary>
public sealed record UnitName(string Name) : ModelNode;
