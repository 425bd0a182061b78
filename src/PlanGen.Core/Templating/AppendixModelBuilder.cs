using PlanGen.Core.Model;

namespace PlanGen.Core.Templating;

/// <summary>The <c>plan.appendix</c> object: the task table's groups, tasks and sub-tasks.</summary>
internal static class AppendixModelBuilder
{
    /// <summary>The appendix, or null when the plan has none.</summary>
    public static ModelObject? Build(Appendix? appendix) => appendix is null ? null : new ModelObject("appendix", appendix)
    {
        ["heading"] = appendix.Heading,
        ["title"] = appendix.Title,
        ["groups"] = PlanModelBuilder.List(appendix.Groups, Group),
    };

    private static ModelObject Group(TaskGroup group) => new("group", group)
    {
        ["number"] = group.Number,
        ["title"] = group.Title,
        ["timeline"] = group.Cells.Timeline?.Text,
        ["lead"] = group.Cells.Lead,
        ["support"] = group.Cells.Support,
        ["note"] = group.Cells.Note,
        // A group row with cells of its own does not span the table (group VIII of the Lào Cai plan).
        ["has_cells"] = group.Cells.HasAny,
        ["tasks"] = PlanModelBuilder.List(group.Tasks, Task),
    };

    private static ModelObject Task(PlanTask task) => new("task", task)
    {
        ["id"] = task.Id,
        ["number"] = task.Number,
        ["content"] = task.Content,
        ["timeline"] = task.Cells.Timeline?.Text,
        ["lead"] = task.Cells.Lead,
        ["support"] = task.Cells.Support,
        ["note"] = task.Cells.Note,
        ["tasks"] = PlanModelBuilder.List(task.SubTasks, Task),
    };
}
