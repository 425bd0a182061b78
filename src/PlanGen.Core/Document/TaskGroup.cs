
namespace PlanGen.Core.Document;

/// <summary>
/// A group of tasks, numbered <c>I</c>, <c>II</c>; its row is bold and its title spans every
/// column after the number unless the group has cells of its own.
/// </summary>
/// <param name="Number">The printed Roman number.</param>
/// <param name="Title">The group title.</param>
/// <param name="Timeline">Optional group cell.</param>
/// <param name="Lead">Optional group cell.</param>
/// <param name="Support">Optional group cell.</param>
/// <param name="Note">Optional group cell.</param>
/// <param name="Tasks">The group's tasks, numbered from 1.</param>
public sealed record TaskGroup(
    string Number,
    string Title,
    IReadOnlyList<InlineRun> Timeline,
    IReadOnlyList<InlineRun> Lead,
    IReadOnlyList<InlineRun> Support,
    IReadOnlyList<InlineRun> Note,
    IReadOnlyList<TaskRow> Tasks)
{
    /// <summary>True when any cell after the title holds text, so the title must not span.</summary>
    public bool HasCells => Timeline.Count + Lead.Count + Support.Count + Note.Count > 0;
}
