namespace PlanGen.Core.Model;

/// <summary>
/// A row of the appendix task table. <see cref="Id"/> is the path of numbers ("I.7.2") that other
/// plans cite; <see cref="Number"/> is what the STT column shows ("7.2"). Both follow from the
/// row's place in its <see cref="Appendix"/>.
/// </summary>
/// <param name="Content">Nội dung công tác.</param>
/// <param name="Cells">Its timeline, lead, support and note.</param>
/// <param name="SubTasks">Its sub-tasks (7.1, 7.2 …).</param>
public sealed record PlanTask(string Content, TaskCells Cells, IReadOnlyList<PlanTask> SubTasks) : ModelNode
{
    /// <summary>The id other plans cite: group numeral and number, "I.7.2"; set by the appendix.</summary>
    public string Id { get; internal init; } = "";

    /// <summary>The number the STT column shows, "7.2"; set by the appendix.</summary>
    public string Number { get; internal init; } = "";
}
