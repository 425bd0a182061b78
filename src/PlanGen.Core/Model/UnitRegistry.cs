namespace PlanGen.Core.Model;

/// <summary>The units of a units.yaml file, with the file they came from.</summary>
public sealed record UnitRegistry(string Path, IReadOnlyList<Unit> Units) : ModelNode;
