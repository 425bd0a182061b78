using System.Globalization;
using System.Text.RegularExpressions;

namespace PlanGen.Core.Timelines;

/// <summary>
/// Finds the dated expressions of a folded timeline. Every pattern proposes matches; the leftmost,
/// then longest, wins where they overlap (so <c>ngay 05/02/2024</c> is one date, not a date and a
/// month). Neighbours joined by "đến"/"-" then become one range, and an end preceded by "đến hết"
/// or "trước" becomes an interval running up to it.
/// </summary>
internal static class FragmentScanner
{
    /// <summary>The fragments of <paramref name="folded"/>, in text order.</summary>
    public static List<TimeFragment> Scan(string folded)
    {
        var candidates = new List<TimeFragment>();
        Collect(candidates, TimelinePatterns.FullDate(), folded, FullDate, TimeUnit.Day);
        Collect(candidates, TimelinePatterns.DayMonth(), folded, FullDate, TimeUnit.Day);
        Collect(candidates, TimelinePatterns.Month(), folded, Month, TimeUnit.Month);
        Collect(candidates, TimelinePatterns.Quarters(), folded, Quarters, TimeUnit.Quarter);
        Collect(candidates, TimelinePatterns.PartOfYear(), folded, PartOfYear, TimeUnit.Year);
        Collect(candidates, TimelinePatterns.SchoolYearEdge(), folded, SchoolYearEdge, TimeUnit.Month);
        Collect(candidates, TimelinePatterns.SchoolYear(), folded, SchoolYear, TimeUnit.SchoolYear);
        Collect(candidates, TimelinePatterns.Term(), folded, Term, TimeUnit.Term);
        Collect(candidates, TimelinePatterns.Year(), folded, Year, TimeUnit.Year);

        var chosen = new List<TimeFragment>();
        foreach (var candidate in candidates.OrderBy(c => c.Index).ThenByDescending(c => c.End))
        {
            if (chosen.Count == 0 || candidate.Index >= chosen[^1].End)
            {
                chosen.Add(candidate);
            }
        }
        return JoinRanges(folded, chosen);
    }

    private static void Collect(List<TimeFragment> into, Regex pattern, string folded, Func<Match, Func<int, IReadOnlyList<DateInterval>?>> build, TimeUnit unit)
    {
        foreach (Match match in pattern.Matches(folded))
        {
            into.Add(new TimeFragment(match.Index, match.Index + match.Length, Number(match, "y"), build(match)) { StartUnit = unit, EndUnit = unit });
        }
    }

    private static Func<int, IReadOnlyList<DateInterval>?> FullDate(Match m) =>
        year => TimeFragment.One(TimeFragment.Day(year, Number(m, "m")!.Value, Number(m, "d")!.Value));

    private static Func<int, IReadOnlyList<DateInterval>?> Month(Match m)
    {
        var month = Number(m, "m")!.Value;
        return year => TimeFragment.One(TimeFragment.Months(year, month, month));
    }

    private static Func<int, IReadOnlyList<DateInterval>?> PartOfYear(Match m)
    {
        // "6 tháng đầu năm" is January to June; "6 tháng cuối năm" July to December.
        var count = Number(m, "n")!.Value;
        var first = m.Groups["half"].Value == "dau" ? 1 : 13 - count;
        var last = m.Groups["half"].Value == "dau" ? count : 12;
        return year => TimeFragment.One(TimeFragment.Months(year, first, last));
    }

    // A school-year expression is placed by the year it starts in: "năm học 2024 - 2025" by 2024,
    // which its second year must follow.
    private static Func<int, IReadOnlyList<DateInterval>?> SchoolYearEdge(Match m) =>
        year => NextYearFollows(m, year) ? TimeFragment.One(Timelines.SchoolYear.EdgeMonth(year, m.Groups["edge"].Value == "dau")) : null;

    private static Func<int, IReadOnlyList<DateInterval>?> SchoolYear(Match m) =>
        year => NextYearFollows(m, year) ? TimeFragment.One(Timelines.SchoolYear.Whole(year)) : null;

    private static Func<int, IReadOnlyList<DateInterval>?> Term(Match m)
    {
        var term = m.Groups["t"].Value switch { "i" or "1" => 1, "ii" or "2" => 2, _ => 0 };
        return year => NextYearFollows(m, year) ? TimeFragment.One(Timelines.SchoolYear.Term(year, term)) : null;
    }

    private static bool NextYearFollows(Match m, int year) => Number(m, "y2") is not { } next || next == year + 1;

    private static Func<int, IReadOnlyList<DateInterval>?> Year(Match m)
    {
        // "năm 2024" is the whole year; "giai đoạn 2022 - 2025" runs through its last year.
        var lastYear = Number(m, "y2");
        return year =>
        {
            var first = TimeFragment.Months(year, 1, 1);
            var last = TimeFragment.Months(lastYear ?? year, 12, 12);
            return first is { } a && last is { } b && a.From <= b.To ? [new DateInterval(a.From, b.To)] : null;
        };
    }

    private static Func<int, IReadOnlyList<DateInterval>?> Quarters(Match m)
    {
        var quarters = QuarterNumbers(m.Groups["list"].Value);
        return year =>
        {
            if (quarters is null)
            {
                return null;
            }
            // Adjacent quarters read as one stretch: "quý III, IV/2024" is July to December.
            var intervals = new List<DateInterval>();
            foreach (var q in quarters)
            {
                if (TimeFragment.Months(year, 3 * q - 2, 3 * q) is not { } quarter)
                {
                    return null;
                }
                if (intervals.Count > 0 && intervals[^1].To.AddDays(1) == quarter.From)
                {
                    intervals[^1] = intervals[^1] with { To = quarter.To };
                }
                else
                {
                    intervals.Add(quarter);
                }
            }
            return intervals;
        };
    }

    /// <summary>The quarters of "iii, iv" or "i - iii" in order; null when one is not I–IV.</summary>
    private static List<int>? QuarterNumbers(string list)
    {
        var result = new List<int>();
        var pendingRange = false;
        foreach (Match token in TimelinePatterns.QuarterToken().Matches(list))
        {
            if (token.Value == "-")
            {
                pendingRange = true;
                continue;
            }
            var q = token.Value switch
            {
                "i" or "1" => 1,
                "ii" or "2" => 2,
                "iii" or "3" => 3,
                "iv" or "4" => 4,
                _ => 0,
            };
            if (q == 0 || (result.Count > 0 && q <= result[^1]))
            {
                return null;
            }
            for (var between = pendingRange ? result[^1] + 1 : q; between < q; between++)
            {
                result.Add(between);
            }
            result.Add(q);
            pendingRange = false;
        }
        return result;
    }

    private static List<TimeFragment> JoinRanges(string folded, List<TimeFragment> fragments)
    {
        var joined = new List<TimeFragment>();
        var openedRange = false;
        foreach (var fragment in fragments)
        {
            var before = joined.Count == 0 ? folded[..fragment.Index] : folded[joined[^1].End..fragment.Index];
            if (joined.Count > 0 && !openedRange && TimelinePatterns.RangeJoin().IsMatch(before))
            {
                joined[^1] = Range(joined[^1], fragment);
                openedRange = true;
                continue;
            }
            openedRange = false;
            if (TimelinePatterns.Until().IsMatch(before))
            {
                joined.Add(Until(fragment, strict: false));
            }
            else if (TimelinePatterns.Before().IsMatch(before))
            {
                joined.Add(Until(fragment, strict: true));
            }
            else
            {
                joined.Add(fragment);
            }
        }
        return joined;
    }

    private static TimeFragment Range(TimeFragment from, TimeFragment to) =>
        // "từ tháng 3 đến tháng 6/2024": the start takes the end's year when it names none.
        new(from.Index, to.End, to.Year ?? from.Year, year =>
        {
            var start = from.ResolveIn(to.Year ?? year);
            var end = to.ResolveIn(year);
            return start is null || end is null || start[0].From > end[^1].To
                ? null
                : [new DateInterval(start[0].From, end[^1].To)];
        })
        { StartUnit = from.StartUnit, EndUnit = to.EndUnit };

    private static TimeFragment Until(TimeFragment end, bool strict) =>
        // An end with no start ("đến hết ngày 31/12/2023") runs from the first of January of its
        // year, unless the plan's period says where it starts (TimelineParser).
        end with
        {
            OpenStart = true,
            StartUnit = TimeUnit.Year,
            Resolve = year =>
            {
                if (end.Resolve(year) is not { } resolved)
                {
                    return null;
                }
                var last = strict ? resolved[0].From.AddDays(-1) : resolved[^1].To;
                var first = new DateOnly(last.Year, 1, 1);
                return [new DateInterval(first, last)];
            },
        };

    private static int? Number(Match match, string group) =>
        match.Groups[group].Success ? int.Parse(match.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture) : null;
}
