namespace PlanGen.Core.Timelines;

/// <summary>
/// One dated expression found in a folded timeline, such as <c>quy iii, iv/2024</c>: where it
/// stands, the year it names (if any), and how to turn it into days once a year is known.
/// </summary>
/// <param name="Index">Where it starts in the folded text.</param>
/// <param name="End">Where it ends (exclusive).</param>
/// <param name="Year">The year it names; null when the year comes from elsewhere.</param>
/// <param name="Resolve">Its intervals in a given year; null when the expression names an impossible date.</param>
internal sealed record TimeFragment(int Index, int End, int? Year, Func<int, IReadOnlyList<DateInterval>?> Resolve)
{
    /// <summary>The lowest and highest year that are taken as a plan's year rather than a typo.</summary>
    public const int MinYear = 1900, MaxYear = 2199;

    /// <summary>The unit it names at its start: a month, a quarter, a term …</summary>
    public TimeUnit StartUnit { get; init; }

    /// <summary>The unit it names at its end.</summary>
    public TimeUnit EndUnit { get; init; }

    /// <summary>
    /// True for an end with no start ("trước ngày 15/10/2024", "đến hết ngày 31/12/2023"): it runs
    /// from the first day of the plan's period, or without one from the first of January.
    /// </summary>
    public bool OpenStart { get; init; }

    /// <summary>Resolves with its own year, else <paramref name="fallback"/>; null when impossible.</summary>
    public IReadOnlyList<DateInterval>? ResolveIn(int fallback) => Resolve(Year ?? fallback);

    /// <summary>The days of month <paramref name="first"/> through <paramref name="last"/>, or null if out of range.</summary>
    public static DateInterval? Months(int year, int first, int last)
    {
        if (year is < MinYear or > MaxYear || first < 1 || last > 12 || first > last)
        {
            return null;
        }
        return new DateInterval(new DateOnly(year, first, 1), new DateOnly(year, last, DateTime.DaysInMonth(year, last)));
    }

    /// <summary>The single day, or null when there is no such day (30/02).</summary>
    public static DateInterval? Day(int year, int month, int day)
    {
        if (year is < MinYear or > MaxYear || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }
        var date = new DateOnly(year, month, day);
        return new DateInterval(date, date);
    }

    /// <summary>Wraps one interval as a fragment's result, keeping null for impossible.</summary>
    public static IReadOnlyList<DateInterval>? One(DateInterval? interval) => interval is { } i ? [i] : null;
}
