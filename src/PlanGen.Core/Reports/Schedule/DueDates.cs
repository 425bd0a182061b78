using PlanGen.Core.Model;

namespace PlanGen.Core.Reports.Schedule;

/// <summary>
/// A report's due date from its cut-off date and the due rule. "trước ngày 20" is the last working
/// day before the 20th that follows the cut-off; "ngày 20" is that day, moved to the next working
/// day when offices are closed (as Bộ luật Dân sự 2015, Điều 148 ends a time limit that falls on a
/// day off); "2 ngày làm việc" counts working days after the cut-off.
/// </summary>
public static class DueDates
{
    /// <summary>The due date of a report whose figures are cut off on <paramref name="cutOff"/>.</summary>
    public static DateOnly Of(DueRule rule, DateOnly cutOff, DaysOff daysOff)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(daysOff);
        return rule.Form switch
        {
            DueRuleForm.WorkingDays => daysOff.AddWorkingDays(cutOff, rule.Value),
            DueRuleForm.OnDay => daysOff.NextWorkingDay(NextDay(cutOff, rule.Value)),
            _ => daysOff.LastWorkingDayBefore(NextDay(cutOff, rule.Value)),
        };
    }

    // The first day after the cut-off that is day N of its month (the month's last day when it is shorter).
    private static DateOnly NextDay(DateOnly cutOff, int day)
    {
        var month = new DateOnly(cutOff.Year, cutOff.Month, 1);
        for (; ; month = month.AddMonths(1))
        {
            var candidate = new DateOnly(month.Year, month.Month, Math.Min(day, DateTime.DaysInMonth(month.Year, month.Month)));
            if (candidate > cutOff)
            {
                return candidate;
            }
        }
    }
}
