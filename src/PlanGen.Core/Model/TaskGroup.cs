namespace PlanGen.Core.Model;

/// <summary>
/// A group row of the task table (I, II, …) and its tasks. A group may carry its own timeline and
/// units, as group VIII of the Lào Cai plan does; otherwise its title spans the row.
/// </summary>
public sealed record TaskGroup(
    string Number,
    string Title,
    Timeline? Timeline,
    string? Lead,
    string? Support,
    string? Note,
    IReadOnlyList<UnitName> LeadUnits,
    IReadOnlyList<UnitName> SupportUnits,
    IReadOnlyList<PlanTask> Tasks) : ModelNode;
