namespace PlanGen.Core.Model;

/// <summary>
/// A row of the appendix task table. <see cref="Id"/> is the path of numbers ("I.7.2") that other
/// plans cite; <see cref="Number"/> is what the STT column shows ("7.2").
/// </summary>
/// <param name="Lead">Đơn vị chủ trì as written in the cell.</param>
/// <param name="Support">Đơn vị phối hợp as written in the cell.</param>
public sealed record PlanTask(
    string Id,
    string Number,
    string Content,
    Timeline? Timeline,
    string? Lead,
    string? Support,
    string? Note,
    IReadOnlyList<UnitName> LeadUnits,
    IReadOnlyList<UnitName> SupportUnits,
    IReadOnlyList<PlanTask> SubTasks) : ModelNode;
