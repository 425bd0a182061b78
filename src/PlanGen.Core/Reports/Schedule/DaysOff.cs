namespace PlanGen.Core.Reports.Schedule;

/// <summary>
/// The days no office works: Saturdays, Sundays, the public holidays fixed to a solar date (1/1,
/// 30/4, 1/5, 2/9: Bộ luật Lao động 2019, Điều 112), and the days a province or unit lists besides
/// (Tết and the Hùng Kings' day, which follow the lunar calendar; the extra day beside 2/9; days
/// moved by the Government's yearly notice).
/// </summary>
public sealed class DaysOff
{
    private readonly HashSet<DateOnly> _listed;

    /// <summary>The days off with <paramref name="listed"/> besides the weekends and fixed holidays.</summary>
    public DaysOff(IEnumerable<DateOnly> listed) => _listed = [.. listed];

    /// <summary>Weekends and the fixed holidays only.</summary>
    public static DaysOff Fixed { get; } = new([]);

    /// <summary>True when offices work on <paramref name="day"/>.</summary>
    public bool IsWorkingDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsFixedHoliday(day) && !_listed.Contains(day);

    /// <summary>The day <paramref name="count"/> working days after <paramref name="day"/> (0: the day itself, or the next working day).</summary>
    public DateOnly AddWorkingDays(DateOnly day, int count)
    {
        var at = day;
        if (count == 0)
        {
            return NextWorkingDay(at);
        }
        for (var counted = 0; counted < count;)
        {
            at = at.AddDays(1);
            if (IsWorkingDay(at))
            {
                counted++;
            }
        }
        return at;
    }

    /// <summary><paramref name="day"/> if offices work then, else the next day they do.</summary>
    public DateOnly NextWorkingDay(DateOnly day)
    {
        while (!IsWorkingDay(day))
        {
            day = day.AddDays(1);
        }
        return day;
    }

    /// <summary>The last working day before <paramref name="day"/>.</summary>
    public DateOnly LastWorkingDayBefore(DateOnly day)
    {
        var at = day.AddDays(-1);
        while (!IsWorkingDay(at))
        {
            at = at.AddDays(-1);
        }
        return at;
    }

    private static bool IsFixedHoliday(DateOnly day) => (day.Month, day.Day) is (1, 1) or (4, 30) or (5, 1) or (9, 2);
}
