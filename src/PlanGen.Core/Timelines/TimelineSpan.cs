namespace PlanGen.Core.Timelines;

/// <summary>
/// The intervals of one timeline as its fragments are resolved, with the unit each end was
/// named in (the month of "Tháng 9/2024", the term of "Học kỳ II"), for judging it against the period.
/// </summary>
internal sealed class TimelineSpan
{
    private readonly List<DateInterval> _intervals = [];
    private TimeUnit _startUnit;
    private TimeUnit _endUnit;

    public IReadOnlyList<DateInterval> Intervals => _intervals;

    /// <summary>Adds a fragment's intervals, the units it names at its ends.</summary>
    public void Add(IReadOnlyList<DateInterval> intervals, TimeUnit startUnit, TimeUnit endUnit)
    {
        foreach (var interval in intervals)
        {
            if (_intervals.Count == 0 || interval.From < _intervals.Min(i => i.From))
            {
                _startUnit = startUnit;
            }
            if (_intervals.Count == 0 || interval.To > _intervals.Max(i => i.To))
            {
                _endUnit = endUnit;
            }
            _intervals.Add(interval);
        }
    }

    /// <summary>
    /// Ongoing work after the dated parts ("… và duy trì thường xuyên") carries on to the end of
    /// the period, or without one to the end of the last part's year.
    /// </summary>
    public void CarryOn(DateInterval? period)
    {
        var last = _intervals.Max(i => i.To);
        var end = period?.To ?? new DateOnly(last.Year, 12, 31);
        if (last < end)
        {
            _intervals.Add(new DateInterval(last.AddDays(1), end));
            _endUnit = period is null ? TimeUnit.Year : TimeUnit.Day;
        }
    }

    public ParsedTimeline ToParsed(string text, TimelineKinds kinds) =>
        new(text, kinds, _intervals, Understood: true) { StartUnit = _startUnit, EndUnit = _endUnit };
}
