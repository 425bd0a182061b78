using PlanGen.Core.Model;

namespace PlanGen.Core.Import;

/// <summary>The appendix as the plan format writes it: groups with their tasks and sub-tasks, cells as printed.</summary>
internal static class AppendixYaml
{
    public static void Write(YamlBuilder y, Appendix appendix)
    {
        y.Key(0, "appendix");
        if (appendix.Heading != "Phụ lục") y.Scalar(2, "heading", appendix.Heading, "");
        y.Scalar(2, "title", appendix.Title, "");
        if (appendix.Groups.Count == 0) return;
        y.Key(2, "groups", "");
        foreach (var group in appendix.Groups)
        {
            y.Comment(4, group.Number);
            y.MapItem(4, (item, at) =>
            {
                item.Scalar(at, "title", group.Title, "");
                Cells(item, at, group.Cells);
                Tasks(item, at, group.Tasks);
            });
        }
    }

    private static void Tasks(YamlBuilder y, int indent, IReadOnlyList<PlanTask> tasks)
    {
        if (tasks.Count == 0) return;
        y.Key(indent, "tasks", "");
        foreach (var task in tasks)
        {
            y.MapItem(indent + 2, (item, at) =>
            {
                item.Scalar(at, "content", task.Content, "");
                Cells(item, at, task.Cells);
                Tasks(item, at, task.SubTasks);
            });
        }
    }

    private static void Cells(YamlBuilder y, int indent, TaskCells cells)
    {
        y.Scalar(indent, "timeline", cells.Timeline?.Text, "");
        y.Scalar(indent, "lead", cells.Lead, "");
        y.Scalar(indent, "support", cells.Support, "");
        y.Scalar(indent, "note", cells.Note, "");
    }
}
