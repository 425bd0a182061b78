using PlanGen.Core.Model;

namespace PlanGen.Core.Reports.Schedule;

/// <summary>
/// The reporting rule that applies once every setting is taken into account: the report's own, the
/// plan's <c>reporting:</c>, the unit's and the province's in units.yaml, then plangen's defaults
/// (figures cut off on the 14th, due before the 20th, reports at six months and at the year's end).
/// </summary>
/// <param name="To">Where reports go, when some setting says.</param>
/// <param name="Cycles">The reports the plan asks for.</param>
/// <param name="CutOffDay">Ngày chốt số liệu.</param>
/// <param name="Due">When a report is due.</param>
/// <param name="DaysOff">The days offices do not work.</param>
public sealed record EffectiveRule(string? To, IReadOnlyList<ReportCycle> Cycles, int CutOffDay, DueRule Due, DaysOff DaysOff)
{
    /// <summary>The cut-off day when no setting gives one: the 14th (the window runs from the 15th).</summary>
    public const int DefaultCutOffDay = 14;

    /// <summary>The due rule when no setting gives one: before the 20th.</summary>
    public static DueRule DefaultDue { get; } = new(DueRuleForm.BeforeDay, 20);

    /// <summary>The reports asked for when no setting names them: sơ kết 6 tháng and tổng kết năm.</summary>
    public static IReadOnlyList<ReportCycle> DefaultCycles { get; } = [ReportCycle.SixMonths, ReportCycle.Year];

    /// <summary>The rule of <paramref name="settings"/>, the most particular first; each value is the first one given.</summary>
    public static EffectiveRule Of(params ReportingRule?[] settings)
    {
        var given = settings.OfType<ReportingRule>().ToList();
        return new EffectiveRule(
            given.Select(s => s.To).FirstOrDefault(t => t is not null),
            given.Select(s => s.Periods).FirstOrDefault(p => p.Count > 0) ?? DefaultCycles,
            given.Select(s => s.CutOffDay).FirstOrDefault(d => d is not null) ?? DefaultCutOffDay,
            given.Select(s => s.Due).FirstOrDefault(d => d is not null) ?? DefaultDue,
            new DaysOff(given.SelectMany(s => s.Holidays)));
    }

    /// <summary>The days <paramref name="period"/>'s figures count.</summary>
    public Period WindowOf(ReportPeriod period) => ReportWindow.Of(period, CutOffDay);

    /// <summary>When the report on <paramref name="period"/> is due.</summary>
    public DateOnly DueOf(ReportPeriod period) => DueDates.Of(Due, WindowOf(period).To, DaysOff);
}
