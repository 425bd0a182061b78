namespace PlanGen.Core.Model;

/// <summary>
/// A row of the appendix task table. <see cref="Id"/> is the path of numbers ("I.7.2") that other
/// plans cite; <see cref="Number"/> is what the STT column shows ("7.2").
/// </summary>
/// <param name="Cells">Its timeline, lead, support and note.</param>
public sealed record PlanTask(
    string Id,
    string Number,
    string Content,
    TaskCells Cells,
    IReadOnlyList<PlanTask> SubTasks) : ModelNode;
