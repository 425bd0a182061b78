namespace PlanGen.Core.Timelines;

/// <summary>
/// Reads a thời gian thực hiện as clerks write it (<c>Quý I/2024</c>, <c>Tháng 02/2024</c>,
/// <c>Thường xuyên</c>, <c>Hoàn thành trong Quý I/2024 và duy trì thường xuyên</c>, …) into
/// kinds and date intervals. It never throws: what it cannot read is reported as not understood.
/// </summary>
/// <remarks>
/// Matching ignores capitals and diacritics, so a typo that only touches a mark still reads
/// (<c>Dột xuất</c> is <c>Đột xuất</c>, <c>Quy I/2024</c> is <c>Quý I/2024</c>). A typo that
/// changes a word does not: <c>Thuộc xuyên</c> (for <c>Thường xuyên</c>, in seed 004) is left not
/// understood, because "thuộc" is a word of its own and guessing would hide the error from the
/// clerk, who is better told to fix it. Words around the time are allowed ("Báo cáo UBND tỉnh …
/// trong quý I/2024"); a text is understood when it names at least one time or kind of timing and
/// no impossible date (<c>30/02/2024</c>, <c>Quý V/2024</c>, <c>tháng 13/2024</c>).
/// </remarks>
public static class TimelineParser
{
    /// <summary>
    /// Timelines are a line or two; a longer text is printed as written but not read as dates
    /// (PG2009), so the work of reading one stays bounded whatever the plan holds.
    /// </summary>
    public const int MaxLength = 1000;

    /// <summary>Parses <paramref name="text"/>.</summary>
    /// <param name="text">The timeline as written; kept unchanged in the result.</param>
    /// <param name="contextYear">
    /// The plan's year: places what names no year (<c>Quý II</c>, <c>6 tháng đầu năm</c>) and gives
    /// undated texts (<c>Thường xuyên</c>, <c>Khi có chỉ đạo</c>) the whole year as their interval.
    /// </param>
    public static ParsedTimeline Parse(string text, int? contextYear = null)
    {
        text ??= string.Empty;
        if (text.Length > MaxLength)
        {
            return NotUnderstood(text);
        }
        var body = StripReviewLabels(TimelineText.Fold(text), out var reviewMilestones);
        var fragments = FragmentScanner.Scan(body);

        var kinds = TimelineKinds.None;
        if (TimelinePatterns.Continuous().IsMatch(body))
        {
            kinds |= TimelineKinds.Continuous;
        }
        if (TimelinePatterns.OnDemand().IsMatch(body))
        {
            kinds |= TimelineKinds.OnDemand;
        }
        if (TimelinePatterns.Recurring().IsMatch(body))
        {
            kinds |= TimelineKinds.Recurring;
        }
        // The ongoing part of "… và duy trì thường xuyên" or "… và tổ chức thực hiện hàng năm"
        // carries on after the dated part; a schedule of reviews does not.
        var carriesOn = (kinds & (TimelineKinds.Continuous | TimelineKinds.Recurring)) != 0;
        if (reviewMilestones >= 2 && fragments.Count >= 2)
        {
            kinds |= TimelineKinds.Recurring;
        }
        if (fragments.Count > 0)
        {
            kinds |= TimelineKinds.Dated;
        }
        if (kinds == TimelineKinds.None)
        {
            return NotUnderstood(text);
        }

        var intervals = new List<DateInterval>();
        for (var i = 0; i < fragments.Count; i++)
        {
            var year = YearFor(fragments, i) ?? contextYear;
            // Without any year the fragment cannot be placed, but an impossible one (quý V,
            // 30/02) is still caught by trying it in a leap year.
            var resolved = fragments[i].ResolveIn(year ?? 2000);
            if (resolved is null)
            {
                return NotUnderstood(text);
            }
            if (year is not null)
            {
                intervals.AddRange(resolved);
            }
        }

        if (intervals.Count > 0 && carriesOn)
        {
            var last = intervals.Max(i => i.To);
            var yearEnd = new DateOnly(last.Year, 12, 31);
            if (last < yearEnd)
            {
                intervals.Add(new DateInterval(last.AddDays(1), yearEnd));
            }
        }
        else if (fragments.Count == 0 && contextYear is { } plainYear
            && TimeFragment.Months(plainYear, 1, 12) is { } wholeYear)
        {
            intervals.Add(wholeYear);
        }
        return new ParsedTimeline(text, kinds, intervals, Understood: true);
    }

    private static ParsedTimeline NotUnderstood(string text) => new(text, TimelineKinds.None, [], Understood: false);

    /// <summary>
    /// The year of fragment <paramref name="index"/>: its own, else that of the next fragment naming
    /// one ("tháng 3 và tháng 4/2024"), else that of the previous one.
    /// </summary>
    private static int? YearFor(List<TimeFragment> fragments, int index)
    {
        if (fragments[index].Year is { } own)
        {
            return own;
        }
        for (var i = index + 1; i < fragments.Count; i++)
        {
            if (fragments[i].Year is { } next)
            {
                return next;
            }
        }
        for (var i = index - 1; i >= 0; i--)
        {
            if (fragments[i].Year is { } previous)
            {
                return previous;
            }
        }
        return null;
    }

    /// <summary>
    /// Drops the labels of a schedule of reviews, "Sơ kết Quý I - tháng 4/2024; … Tổng kết -
    /// tháng 12/2024": the quarter or "6 tháng" in a label names the period reviewed, while the
    /// date after the dash is when the review is held.
    /// </summary>
    private static string StripReviewLabels(string folded, out int milestones)
    {
        milestones = 0;
        var segments = folded.Split(';');
        for (var i = 0; i < segments.Length; i++)
        {
            var label = TimelinePatterns.ReviewLabel().Match(segments[i]);
            if (label.Success)
            {
                milestones++;
                segments[i] = segments[i][label.Length..];
            }
        }
        return string.Join(";", segments);
    }
}
