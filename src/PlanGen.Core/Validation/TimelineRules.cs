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
        foreach (var section in PlanFacts.AllSections(context.Plan))
        {
            Check(section.Timeline, context);
        }
        if (context.Plan.Appendix is { } appendix)
        {
            foreach (var group in appendix.Groups)
            {
                Check(group.Cells.Timeline, context);
            }
            foreach (var task in appendix.AllTasks())
            {
                Check(task.Cells.Timeline, context);
            }
        }
    }

    private static void Check(Timeline? timeline, CheckContext context)
    {
        if (timeline is null)
        {
            return;
        }
        var period = context.EffectivePeriod;
        var parsed = TimelineParser.Parse(timeline.Text, period?.From.Year);
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
