using PlanGen.Core.Diagnostics;
using PlanGen.Core.Model;
using PlanGen.Core.Timelines;
using PlanGen.Core.Validation;
using PlanGen.Core.Yaml;
using PlanGen.Core.Text;

namespace PlanGen.Core.Hierarchy.ParentRules;

/// <summary>
/// A content item's <c>parent_task</c> names a task of the parent (PG2110, with the closest ids),
/// and the item's deadline is not later than that task's (PG2104); when either timeline gives no
/// date to compare, the item is reported as information (PG2111) rather than passed in silence.
/// </summary>
internal sealed class ParentTaskRules : IParentRule
{
    public void Check(ParentCheckContext context)
    {
        var tasks = context.ParentTasks.ToDictionary(t => t.Id, StringComparer.OrdinalIgnoreCase);
        // Each side's timelines are read inside its own plan's period, as its own checks read them.
        var childPeriod = Within(context.Child.EffectivePeriod);
        var parentPeriod = Within(context.ParentPeriod);
        foreach (var section in PlanFacts.AllSections(context.Plan))
        {
            if (section.ParentTask is not { } id)
            {
                continue;
            }
            if (!tasks.TryGetValue(id.Trim(), out var task))
            {
                var closest = Suggestions.Closest(id.Trim(), tasks.Keys);
                context.Diagnostics.Add(DiagnosticCode.ParentTaskUnknown, section.SpanOf("parent_task"), id,
                    closest.Count > 0 ? string.Join(", ", closest) : string.Join(", ", tasks.Keys.Take(3)));
                continue;
            }
            if (section.Timeline is { } timeline && task.Timeline is { } parentTimeline)
            {
                CompareDeadlines(context, timeline, TimelineParser.Parse(timeline.Text, childPeriod), TimelineParser.Parse(parentTimeline.Text, parentPeriod), task.Id);
            }
        }
    }

    private static DateInterval? Within(Period? period) => period is null ? null : new DateInterval(period.From, period.To);

    private static void CompareDeadlines(ParentCheckContext context, Timeline timeline, ParsedTimeline own, ParsedTimeline parent, string taskId)
    {
        if (parent.Understood && parent.Deadline is null)
        {
            // "Thường xuyên", "Khi có chỉ đạo": the parent sets no deadline to be late against.
            return;
        }
        if (!parent.Understood || own.Deadline is null)
        {
            context.Diagnostics.Add(DiagnosticCode.DeadlineNotComparable, timeline.Span, own.Text, parent.Text, taskId);
            return;
        }
        if (own.Deadline > parent.Deadline)
        {
            context.Diagnostics.Add(DiagnosticCode.DeadlineAfterParent, timeline.Span, own.Text, parent.Text, taskId);
        }
    }
}
