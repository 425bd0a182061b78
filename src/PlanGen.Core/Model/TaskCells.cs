namespace PlanGen.Core.Model;

/// <summary>
/// The cells a row of the appendix table has besides its number and text, the same for a task and
/// for a group row: when, who leads, who supports, a note, and the units read from the lead and
/// support cells. Where each was written stays on the row (its <c>timeline</c>, <c>lead</c> … field spans).
/// </summary>
/// <param name="Timeline">Thời gian thực hiện.</param>
/// <param name="Lead">Đơn vị chủ trì as written in the cell.</param>
/// <param name="Support">Đơn vị phối hợp as written in the cell.</param>
/// <param name="Note">Ghi chú.</param>
/// <param name="LeadUnits">The units the lead cell names, one per unit.</param>
/// <param name="SupportUnits">The units the support cell names, one per unit.</param>
public sealed record TaskCells(
    Timeline? Timeline,
    string? Lead,
    string? Support,
    string? Note,
    IReadOnlyList<UnitName> LeadUnits,
    IReadOnlyList<UnitName> SupportUnits)
{
    /// <summary>A row with none of these cells filled.</summary>
    public static TaskCells None { get; } = new(null, null, null, null, [], []);

    /// <summary>True when any of the printed cells holds something.</summary>
    public bool HasAny => Timeline is not null || Lead is not null || Support is not null || Note is not null;
}
