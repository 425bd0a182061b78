using PlanGen.Core.Model;
using PlanGen.Core.Text;
using PlanGen.Core.Document.Grammar;

namespace PlanGen.Core.Yaml;

/// <summary>
/// Reads the appendix task table. Groups are numbered I, II …, tasks 1, 2 … and sub-tasks 7.1 …
/// here, from their order, so ids like "I.7.2" are stable names other plans can cite.
/// </summary>
internal static class AppendixReader
{
    internal static readonly string[] AppendixKeys = ["heading", "title", "groups"];
    internal static readonly string[] GroupKeys = ["title", "timeline", "lead", "support", "note", "tasks"];
    internal static readonly string[] TaskKeys = ["content", "timeline", "lead", "support", "note", "tasks"];

    public static Appendix? Read(YamlValue? value, ReadContext context)
    {
        var map = context.Map(value, "appendix", AppendixKeys);
        if (map is null)
        {
            return null;
        }
        var groups = new List<TaskGroup>();
        foreach (var groupValue in map.Items("groups"))
        {
            var group = context.Map(groupValue, $"appendix.groups[{groups.Count + 1}]", GroupKeys);
            if (group is null)
            {
                continue;
            }
            var number = RomanNumeral.Format(groups.Count + 1);
            groups.Add(new TaskGroup(number, group.RequiredText("title"), Cells(group), ReadTasks(group, number, "", context))
            { Span = group.Span, FieldSpans = group.Spans });
        }
        return new Appendix(map.Text("heading") ?? "Phụ lục", map.RequiredText("title"), groups) { Span = map.Span, FieldSpans = map.Spans };
    }

    private static List<PlanTask> ReadTasks(MapReader parent, string groupNumber, string numberPrefix, ReadContext context)
    {
        var tasks = new List<PlanTask>();
        foreach (var taskValue in parent.Items("tasks"))
        {
            var number = numberPrefix + (tasks.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var task = context.Map(taskValue, $"{parent.Qualified("tasks")}[{tasks.Count + 1}]", TaskKeys);
            if (task is null)
            {
                continue;
            }
            tasks.Add(new PlanTask(groupNumber + "." + number, number, task.RequiredText("content"), Cells(task), ReadTasks(task, groupNumber, number + ".", context))
            { Span = task.Span, FieldSpans = task.Spans });
        }
        return tasks;
    }

    // Groups and tasks write their cells under the same keys.
    private static TaskCells Cells(MapReader map)
    {
        var lead = map.Text("lead");
        var support = map.Text("support");
        return new(Timeline(map), lead, support, map.Text("note"), UnitCell(map, "lead", lead), UnitCell(map, "support", support));
    }

    private static Timeline? Timeline(MapReader map) =>
        map.Text("timeline") is { } text ? new Timeline(text) { Span = map.Spans["timeline"] } : null;

    // The cell's text as read (and checked) once for the cell itself.
    private static List<UnitName> UnitCell(MapReader map, string key, string? text) =>
        text is null ? [] : [.. UnitCellSplitter.Split(text).Select(n => new UnitName(n) { Span = map.Spans[key] })];
}
