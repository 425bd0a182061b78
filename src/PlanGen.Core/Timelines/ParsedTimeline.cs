namespace PlanGen.Core.Timelines;

/// <summary>
/// A thời gian thực hiện as parsed by <see cref="TimelineParser"/>. The text is kept as written,
/// for printing; the intervals are for checks against the plan's period and the parent's deadlines.
/// </summary>
/// <param name="Text">The text exactly as written.</param>
/// <param name="Kinds">What the text says about when the work happens; <see cref="TimelineKinds.None"/> when not understood.</param>
/// <param name="Intervals">
/// The dated parts in the order the text names them, then the rest of the year for a continuous or
/// recurring part that follows them, or the context year for a text that names no date at all.
/// Empty when not understood, or when the text names no year and no context year was given.
/// </param>
/// <param name="Understood">False when the text names nothing recognisable or names an impossible date.</param>
public sealed record ParsedTimeline(string Text, TimelineKinds Kinds, IReadOnlyList<DateInterval> Intervals, bool Understood)
{
    /// <summary>The earliest first day of any interval.</summary>
    public DateOnly? Start => Intervals.Count == 0 ? null : Intervals.Min(i => i.From);

    /// <summary>The latest last day of any interval.</summary>
    public DateOnly? End => Intervals.Count == 0 ? null : Intervals.Max(i => i.To);

    /// <summary>
    /// The day by which the text says the work must be done: the end of the first interval the text
    /// dates (the "hoàn thành trong …" part comes first). Null when the text names no date, as in
    /// <c>Thường xuyên</c> or <c>Khi có chỉ đạo</c>, since the interval then only stands for the context year.
    /// </summary>
    public DateOnly? Deadline => Kinds.HasFlag(TimelineKinds.Dated) && Intervals.Count > 0 ? Intervals[0].To : null;

    /// <summary>The unit the text names at its start: "Tháng 9/2024" a month.</summary>
    internal TimeUnit StartUnit { get; init; }

    /// <summary>The unit the text names at its end.</summary>
    internal TimeUnit EndUnit { get; init; }

    /// <summary>
    /// Where the timeline lies against <paramref name="period"/>: outside when no day of it is in
    /// the period; beyond when it starts before or ends after the period by more than the unit it
    /// names there (a plan from 05/9/2024 may write "Tháng 9/2024" or "Học kỳ I"); else inside.
    /// </summary>
    public TimelinePlacement PlaceIn(DateInterval period)
    {
        if (Start is not { } start || End is not { } end)
        {
            return TimelinePlacement.Inside;
        }
        if (end < period.From || start > period.To)
        {
            return TimelinePlacement.Outside;
        }
        var startsBefore = start < period.From && !Holds(Around(start, StartUnit), period.From);
        var endsAfter = end > period.To && !Holds(Around(end, EndUnit), period.To);
        return startsBefore || endsAfter ? TimelinePlacement.Beyond : TimelinePlacement.Inside;
    }

    private static bool Holds(DateInterval interval, DateOnly day) => interval.From <= day && day <= interval.To;

    // The whole unit of the given kind that holds the day.
    private static DateInterval Around(DateOnly day, TimeUnit unit) => unit switch
    {
        TimeUnit.Month => new(new DateOnly(day.Year, day.Month, 1), new DateOnly(day.Year, day.Month, DateTime.DaysInMonth(day.Year, day.Month))),
        TimeUnit.Quarter => Quarter(day),
        TimeUnit.Term => SchoolYear.Around(day, term: true),
        TimeUnit.SchoolYear => SchoolYear.Around(day, term: false),
        TimeUnit.Year => new(new DateOnly(day.Year, 1, 1), new DateOnly(day.Year, 12, 31)),
        _ => new(day, day),
    };

    private static DateInterval Quarter(DateOnly day)
    {
        var first = (day.Month - 1) / 3 * 3 + 1;
        return new(new DateOnly(day.Year, first, 1), new DateOnly(day.Year, first + 2, DateTime.DaysInMonth(day.Year, first + 2)));
    }
}
