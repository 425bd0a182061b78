using PlanGen.Core.Diagnostics;

namespace PlanGen.Core.Hierarchy.ParentRules;

/// <summary>
/// PG2112: every parent task the child's unit leads is taken up by a content item (or a section
/// containing it). A warning, since a unit may answer a task in another document; an error with
/// <c>--strict</c>, for a province that wants every task accounted for.
/// </summary>
internal sealed class LedTasksRule : IParentRule
{
    public void Check(ParentCheckContext context)
    {
        var taken = new TakenUpTasks(context.Plan);
        var severity = context.Child.Options.Strict ? Severity.Error : Severity.Warning;
        foreach (var task in context.ParentTasks)
        {
            if (task.IsLedBy(context.ChildUnit, context.Units) && !taken.Contains(task.Id))
            {
                context.Diagnostics.Add(DiagnosticCode.LedTaskNotTakenUp, severity, context.ParentSpan, task.Id, Short(task.Task.Content));
            }
        }
    }

    /// <summary>A task's content cut to a readable length at a word boundary.</summary>
    internal static string Short(string content, int max = 80)
    {
        var text = Templating.MarkupText.StripEmphasis(content).Replace('\n', ' ').Trim();
        if (text.Length <= max)
        {
            return text;
        }
        var cut = text.LastIndexOf(' ', max);
        return text[..(cut > max / 2 ? cut : max)].TrimEnd(',', ';', ':', ' ') + "…";
    }
}
