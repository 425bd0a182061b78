using PlanGen.Core.Model;

namespace PlanGen.Core.Hierarchy.Derive;

/// <summary>A sub-plan skeleton made by <see cref="PlanDeriver"/>, not yet written.</summary>
/// <param name="Path">Where it is meant to be written; its <c>parent:</c> and <c>units:</c> paths are relative to it.</param>
/// <param name="Yaml">The plan YAML, NFC.</param>
/// <param name="Unit">The unit it is for.</param>
/// <param name="LedTasks">Ids of the parent tasks the unit leads, in the parent's order.</param>
/// <param name="SupportedTasks">Ids of the parent tasks the unit supports and does not lead.</param>
public sealed record DerivedPlan(string Path, string Yaml, Unit Unit, IReadOnlyList<string> LedTasks, IReadOnlyList<string> SupportedTasks);
