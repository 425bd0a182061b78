using PlanGen.Core.Document;
using System.Globalization;
using System.Xml.Linq;

namespace PlanGen.Core.Document.Markup;

/// <summary>Reads <c>&lt;appendix&gt;</c> and numbers its task table: groups I, II; tasks 1, 2; sub-tasks 7.1.</summary>
internal sealed class AppendixReader(ParseContext context)
{
    private static readonly string[] CellNames = ["content", "timeline", "lead", "support", "note"];

    public Appendix Read(XElement appendix)
    {
        context.CheckAttributes(appendix, "heading", "title", "reference");
        context.CheckNoText(appendix);
        var paragraphs = new List<Paragraph>();
        TaskTable? table = null;
        foreach (var child in appendix.Elements())
        {
            switch (child.Name.LocalName)
            {
                case "p" when child.Name.Namespace == XNamespace.None:
                    context.CheckAttributes(child);
                    paragraphs.Add(new Paragraph(ParagraphKind.Body, InlineReader.Read(child, context)));
                    break;
                case "task-table" when table is null:
                    table = ReadTable(child);
                    break;
                default:
                    context.UnknownElement(child, appendix);
                    break;
            }
        }

        return new Appendix(
            ParseContext.Attribute(appendix, "heading") ?? "Phụ lục",
            ParseContext.Attribute(appendix, "title"),
            ParseContext.Attribute(appendix, "reference"),
            paragraphs,
            table);
    }

    private TaskTable ReadTable(XElement table)
    {
        context.CheckAttributes(table);
        context.CheckNoText(table);
        var columns = new List<TableColumn>();
        var groups = new List<TaskGroup>();
        var tasks = new List<TaskRow>();
        foreach (var child in table.Elements())
        {
            switch (child.Name.LocalName)
            {
                case "column":
                    context.CheckAttributes(child, "width");
                    columns.Add(new TableColumn(InlineReader.ReadPlain(child, context) ?? string.Empty, Width(child)));
                    break;
                case "group":
                    groups.Add(ReadGroup(child, VietnameseNumbering.Roman(groups.Count + 1)));
                    break;
                case "task":
                    tasks.Add(ReadTask(child, null, tasks.Count + 1));
                    break;
                default:
                    context.UnknownElement(child, table);
                    break;
            }
        }

        return new TaskTable(columns, groups, tasks);
    }

    private int? Width(XElement column)
    {
        var raw = column.Attribute("width");
        if (raw is null)
        {
            return null;
        }

        if (int.TryParse(raw.Value.Trim().TrimEnd('%'), NumberStyles.None, CultureInfo.InvariantCulture, out var width) && width is > 0 and <= 100)
        {
            return width;
        }

        context.Error(raw, $"Column width '{raw.Value}' must be a whole percent from 1 to 100.");
        return null;
    }

    private TaskGroup ReadGroup(XElement group, string number)
    {
        context.CheckAttributes(group, "title");
        context.CheckNoText(group);
        var cells = new Dictionary<string, IReadOnlyList<InlineRun>>(StringComparer.Ordinal);
        var tasks = new List<TaskRow>();
        foreach (var child in group.Elements())
        {
            var name = child.Name.LocalName;
            if (name == "task")
            {
                tasks.Add(ReadTask(child, null, tasks.Count + 1));
            }
            else if (name != "content" && Array.IndexOf(CellNames, name) >= 0)
            {
                context.CheckAttributes(child);
                cells[name] = InlineReader.Read(child, context);
            }
            else
            {
                context.UnknownElement(child, group);
            }
        }

        return new TaskGroup(number, ParseContext.Attribute(group, "title") ?? string.Empty,
            Cell(cells, "timeline"), Cell(cells, "lead"), Cell(cells, "support"), Cell(cells, "note"), tasks);
    }

    private TaskRow ReadTask(XElement task, string? parentNumber, int index)
    {
        context.CheckAttributes(task);
        context.CheckNoText(task);
        var number = parentNumber is null ? VietnameseNumbering.Arabic(index) : parentNumber + "." + VietnameseNumbering.Arabic(index);
        var cells = new Dictionary<string, IReadOnlyList<InlineRun>>(StringComparer.Ordinal);
        var subTasks = new List<TaskRow>();
        foreach (var child in task.Elements())
        {
            var name = child.Name.LocalName;
            if (name == "task")
            {
                subTasks.Add(ReadTask(child, number, subTasks.Count + 1));
            }
            else if (Array.IndexOf(CellNames, name) >= 0)
            {
                context.CheckAttributes(child);
                cells[name] = InlineReader.Read(child, context);
            }
            else
            {
                context.UnknownElement(child, task);
            }
        }

        return new TaskRow(number, Cell(cells, "content"), Cell(cells, "timeline"), Cell(cells, "lead"),
            Cell(cells, "support"), Cell(cells, "note"), subTasks);
    }

    private static IReadOnlyList<InlineRun> Cell(Dictionary<string, IReadOnlyList<InlineRun>> cells, string name) =>
        cells.TryGetValue(name, out var runs) ? runs : [];
}
