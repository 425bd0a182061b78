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
}
