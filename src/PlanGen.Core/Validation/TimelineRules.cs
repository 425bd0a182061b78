using PlanGen.Core.Diagnostics;
using PlanGen.Core.Model;
using PlanGen.Core.Timelines;

namespace PlanGen.Core.Validation;

/// <summary>
/// Every timeline of a content item or task is read as dates and lies inside the plan period; one
/// that cannot be read is printed as written and reported as information, never as an error.
/// </summary>
public sealed class TimelineRules : IPlanRule
{
    /// <inheritdoc />
    public void Check(CheckContext context)
    {
        // A plan repeats its timelines ("Thường xuyên" on most rows of an appendix): each text is
        // read once per plan, and every place that writes it is still checked and reported.
        var parsedByText = new Dictionary<string, ParsedTimeline>(StringComparer.Ordinal);
        foreach (var section in PlanFacts.AllSections(context.Plan))
        {
            Check(section.Timeline, context, parsedByText);
        }
        if (context.Plan.Appendix is { } appendix)
        {
            foreach (var group in appendix.Groups)
            {
                Check(group.Cells.Timeline, context, parsedByText);
            }
            foreach (var task in appendix.AllTasks())
            {
                Check(task.Cells.Timeline, context, parsedByText);
            }
        }
    }

    private static void Check(Timeline? timeline, CheckContext context, Dictionary<string, ParsedTimeline> parsedByText)
    {
        if (timeline is null)
        {
            return;
        }
        var period = context.EffectivePeriod;
        if (!parsedByText.TryGetValue(timeline.Text, out var parsed))
        {
            parsed = TimelineParser.Parse(timeline.Text, period?.From.Year);
            parsedByText.Add(timeline.Text, parsed);
        }
        if (!parsed.Understood)
        {
            context.Diagnostics.Add(DiagnosticCode.TimelineNotUnderstood, timeline.Span, timeline.Text);
            return;
        }
        if (period is not null && parsed is { Start: { } start, End: { } end } && !period.Contains(start, end))
        {
            context.Diagnostics.Add(DiagnosticCode.TimelineOutsidePeriod, timeline.Span, timeline.Text,
                DateRules.Iso(start) + " – " + DateRules.Iso(end), DateRules.Iso(period.From), DateRules.Iso(period.To));
        }
    }
}
