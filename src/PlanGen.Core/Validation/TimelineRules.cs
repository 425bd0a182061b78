using System.Globalization;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Model;
using PlanGen.Core.Timelines;

namespace PlanGen.Core.Validation;

/// <summary>
/// Every timeline of a content item or task is read as dates inside the plan period (a school
/// year's "Học kỳ II" is the one in the period) and judged against it: outside it (PG2008), or
/// reaching beyond it (PG2030). A text that cannot be read is printed as written and reported as
/// information once, at its first place, naming the other lines that write it (PG2009).
/// </summary>
public sealed class TimelineRules : IPlanRule
{
    /// <inheritdoc />
    public void Check(CheckContext context)
    {
        // A plan repeats its timelines ("Thường xuyên" on most rows of an appendix): each text is
        // read once per plan, and every place that writes it is still checked.
        var parsedByText = new Dictionary<string, ParsedTimeline>(StringComparer.Ordinal);
        var notUnderstood = new Dictionary<string, List<SourceSpan>>(StringComparer.Ordinal);
        foreach (var timeline in Timelines(context.Plan))
        {
            Check(timeline, context, parsedByText, notUnderstood);
        }
        foreach (var (text, places) in notUnderstood)
        {
            var first = places.MinBy(Place);
            var others = places.Where(p => p != first).Select(p => p.StartLine + 1).Distinct().Order().ToList();
            var also = others.Count == 0 ? "" : MessageArgument.Phrase(others.Count == 1 ? "timeline.also.one" : "timeline.also.many", string.Join(", ", others.Select(l => l.ToString(CultureInfo.InvariantCulture))));
            context.Diagnostics.Add(DiagnosticCode.TimelineNotUnderstood, first, text, also);
        }
    }

    private static IEnumerable<Timeline> Timelines(Plan plan)
    {
        var sections = PlanFacts.AllSections(plan).Select(s => s.Timeline);
        var groups = plan.Appendix?.Groups.Select(g => g.Cells.Timeline) ?? [];
        var tasks = plan.Appendix?.AllTasks().Select(t => t.Cells.Timeline) ?? [];
        return sections.Concat(groups).Concat(tasks).OfType<Timeline>();
    }

    private static (int, int) Place(SourceSpan span) => (span.StartLine, span.StartColumn);

    private static void Check(Timeline timeline, CheckContext context, Dictionary<string, ParsedTimeline> parsedByText, Dictionary<string, List<SourceSpan>> notUnderstood)
    {
        var period = context.EffectivePeriod is { } p ? new DateInterval(p.From, p.To) : (DateInterval?)null;
        if (!parsedByText.TryGetValue(timeline.Text, out var parsed))
        {
            parsed = TimelineParser.Parse(timeline.Text, period);
            parsedByText.Add(timeline.Text, parsed);
        }
        if (!parsed.Understood)
        {
            if (!notUnderstood.TryGetValue(timeline.Text, out var places))
            {
                notUnderstood.Add(timeline.Text, places = []);
            }
            places.Add(timeline.Span);
            return;
        }
        if (period is not { } within || parsed is not { Start: { } start, End: { } end })
        {
            return;
        }
        var code = parsed.PlaceIn(within) switch
        {
            TimelinePlacement.Outside => DiagnosticCode.TimelineOutsidePeriod,
            TimelinePlacement.Beyond => DiagnosticCode.TimelineBeyondPeriod,
            _ => (DiagnosticCode?)null,
        };
        if (code is { } found)
        {
            context.Diagnostics.Add(found, timeline.Span, timeline.Text,
                DateRules.Iso(start) + " – " + DateRules.Iso(end), DateRules.Iso(within.From), DateRules.Iso(within.To));
        }
    }
}
