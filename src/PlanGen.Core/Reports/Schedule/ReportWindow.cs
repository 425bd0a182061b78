using PlanGen.Core.Model;

namespace PlanGen.Core.Reports.Schedule;

/// <summary>
/// The days a report's figures count, by the cut-off rule: from the day after the cut-off in the
/// month before the period to the cut-off day of its last month. With the usual cut-off on the 14th,
/// June runs 15/5 – 14/6, the first six months 15/12 – 14/6 and the year 15/12 – 14/12; a cut-off
/// on the 31st counts calendar months.
/// </summary>
public static class ReportWindow
{
    /// <summary>The window of <paramref name="period"/> with figures cut off on day <paramref name="cutOffDay"/> of each month.</summary>
    public static Period Of(ReportPeriod period, int cutOffDay)
    {
        ArgumentNullException.ThrowIfNull(period);
        if (period.Cycle == ReportCycle.Dates)
        {
            return new Period(period.From!.Value, period.To!.Value);
        }
        var last = new DateOnly(period.Year, period.LastMonth, 1);
        var before = new DateOnly(period.Year, period.FirstMonth, 1).AddMonths(-1);
        return new Period(CutOff(before, cutOffDay).AddDays(1), CutOff(last, cutOffDay));
    }

    // The cut-off day of a month; a day the month does not have is its last.
    private static DateOnly CutOff(DateOnly month, int day) =>
        new(month.Year, month.Month, Math.Min(day, DateTime.DaysInMonth(month.Year, month.Month)));
}
