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

    /// <summary>Parses <paramref name="text"/> within a calendar year.</summary>
    /// <param name="text">The timeline as written; kept unchanged in the result.</param>
    /// <param name="contextYear">
    /// The plan's year: places what names no year (<c>Quý II</c>, <c>6 tháng đầu năm</c>) and gives
    /// undated texts (<c>Thường xuyên</c>, <c>Khi có chỉ đạo</c>) the whole year as their interval.
    /// </param>
    public static ParsedTimeline Parse(string text, int? contextYear = null) =>
        Parse(text, contextYear is { } year ? TimeFragment.Months(year, 1, 12) : null);

    /// <summary>Parses <paramref name="text"/> within the plan's period.</summary>
    /// <param name="text">The timeline as written; kept unchanged in the result.</param>
    /// <param name="period">
    /// The plan's period: what names no year (<c>Tháng 3</c>, <c>Học kỳ II</c>) is placed in the
    /// year that puts it inside the period, undated texts (<c>Thường xuyên</c>) span the period,
    /// <c>Cả năm học</c> the school year it starts in, an end with no start (<c>Trước ngày
    /// 15/10/2024</c>) runs from its first day, and ongoing work after a dated part to its last.
    /// </param>
    public static ParsedTimeline Parse(string text, DateInterval? period)
    {
        text ??= string.Empty;
        if (text.Length > MaxLength)
        {
            return NotUnderstood(text);
        }
        var body = StripReviewLabels(TimelineText.Fold(text), out var reviewMilestones);
        var fragments = FragmentScanner.Scan(body);
        var wholeSchoolYear = TimelinePatterns.WholeSchoolYear().IsMatch(body);

        var kinds = Kinds(body, wholeSchoolYear);
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

        var dated = new TimelineSpan();
        for (var i = 0; i < fragments.Count; i++)
        {
            var fragment = fragments[i];
            var year = YearFor(fragments, i) ?? YearInside(fragment, period);
            // Without any year the fragment cannot be placed, but an impossible one (quý V,
            // 30/02) is still caught by trying it in a leap year.
            if (fragment.ResolveIn(year ?? 2000) is not { } resolved)
            {
                return NotUnderstood(text);
            }
            if (year is not null)
            {
                dated.Add(fragment.OpenStart && period is { } p && p.From <= resolved[0].To
                    ? [resolved[0] with { From = p.From }, .. resolved.Skip(1)]
                    : resolved, fragment.OpenStart && period is not null ? TimeUnit.Day : fragment.StartUnit, fragment.EndUnit);
            }
        }

        if (dated.Intervals.Count > 0 && carriesOn)
        {
            dated.CarryOn(period);
        }
        else if (fragments.Count == 0 && period is { } whole)
        {
            // "Cả năm học" spans the school year the period starts in; "Thường xuyên" the period.
            var schoolYear = wholeSchoolYear ? SchoolYear.Whole(SchoolYear.StartYearOf(whole.From)) : null;
            dated.Add([schoolYear ?? whole], schoolYear is null ? TimeUnit.Day : TimeUnit.SchoolYear, schoolYear is null ? TimeUnit.Day : TimeUnit.SchoolYear);
        }
        return dated.ToParsed(text, kinds);
    }

    private static TimelineKinds Kinds(string body, bool wholeSchoolYear)
    {
        var kinds = TimelineKinds.None;
        if (wholeSchoolYear || TimelinePatterns.Continuous().IsMatch(body))
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
        return kinds;
    }

    /// <summary>
    /// The year that puts a fragment naming none most inside the period ("Tháng 3" in a school
    /// year from September 2024 is March 2025); null without a period.
    /// </summary>
    private static int? YearInside(TimeFragment fragment, DateInterval? period)
    {
        if (period is not { } p)
        {
            return null;
        }
        var (best, bestDays) = (p.From.Year, 0);
        // A school term or month may fall in the year before or any year of the period; a period
        // of many years is searched through its first ten.
        for (var year = p.From.Year - 1; year <= Math.Min(p.To.Year, p.From.Year + 10); year++)
        {
            var days = fragment.ResolveIn(year)?.Sum(i => Overlap(i, p)) ?? 0;
            if (days > bestDays)
            {
                (best, bestDays) = (year, days);
            }
        }
        return best;
    }

    private static int Overlap(DateInterval a, DateInterval b)
    {
        var from = a.From > b.From ? a.From : b.From;
        var to = a.To < b.To ? a.To : b.To;
        return from <= to ? to.DayNumber - from.DayNumber + 1 : 0;
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
