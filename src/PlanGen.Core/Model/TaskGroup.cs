namespace PlanGen.Core.Model;

/// <summary>
/// A group row of the task table (I, II, …) and its tasks. A group may carry its own timeline and
/// units, as group VIII of the Lào Cai plan does; otherwise its title spans the row.
/// </summary>
/// <param name="Cells">Its own timeline, lead, support and note, usually none.</param>
public sealed record TaskGroup(
    string Number,
    string Title,
    TaskCells Cells,
    IReadOnlyList<PlanTask> Tasks) : ModelNode;
