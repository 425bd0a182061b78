namespace PlanGen.Core.Model;

/// <summary>
/// Chế độ báo cáo as a province, a unit or a plan sets it: where reports go, which periods are
/// reported, the day the figures are cut off, when the report is due, and the days off besides
/// weekends. Each value left out is taken from the setting below it (plan, unit, province, plangen's default).
/// </summary>
/// <param name="To">The body reports are sent to (Kính gửi).</param>
/// <param name="Periods">The periods reported on: month, quarter, six months, nine months, year.</param>
/// <param name="CutOffDay">Ngày chốt số liệu: the last day counted in each month (1–31; 31 is the month's end).</param>
/// <param name="Due">When the report is due.</param>
/// <param name="Holidays">Days off besides weekends and the fixed public holidays.</param>
public sealed record ReportingRule(string? To, IReadOnlyList<ReportCycle> Periods, int? CutOffDay, DueRule? Due, IReadOnlyList<DateOnly> Holidays) : ModelNode
{
    /// <summary>A rule that sets nothing.</summary>
    public static ReportingRule None { get; } = new(null, [], null, null, []);
}
