namespace PlanGen.Core.Model;

/// <summary>
/// A group row of the task table (I, II, …) and its tasks. A group may carry its own timeline and
/// units, as group VIII of the Lào Cai plan does; otherwise its title spans the row.
/// </summary>
/// <param name="Title">Its title.</param>
/// <param name="Cells">Its own timeline, lead, support and note, usually none.</param>
/// <param name="Tasks">Its tasks.</param>
public sealed record TaskGroup(string Title, TaskCells Cells, IReadOnlyList<PlanTask> Tasks) : ModelNode
{
    /// <summary>Its Roman numeral, "VIII"; set by the appendix from the group's place.</summary>
    public string Number { get; internal init; } = "";
}
