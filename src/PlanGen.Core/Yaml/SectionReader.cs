using PlanGen.Core.Model;

namespace PlanGen.Core.Yaml;

/// <summary>Reads sections (parts, clauses, points, content items) and their bullets and assignments.</summary>
internal static class SectionReader
{
    internal static readonly string[] SectionKeys = ["title", "text", "bullets", "items", "assignment", "timeline", "parent_task", "after", "heading_case"];
    internal static readonly string[] BulletKeys = ["text", "items", "paragraph"];
    internal static readonly IReadOnlyDictionary<string, HeadingCase> HeadingCases = new Dictionary<string, HeadingCase>(StringComparer.Ordinal)
    {
        ["upper"] = HeadingCase.Upper,
        ["as_written"] = HeadingCase.AsWritten,
    };

    internal static readonly string[] AssignmentKeys = ["text", "lead", "support", "items"];

    /// <summary>A section from a mapping, or from a plain string (one paragraph).</summary>
    public static Section? Read(YamlValue? value, string name, ReadContext context)
    {
        if (value is YamlText text)
        {
            var paragraph = context.Text(text, name);
            return paragraph is null ? null : new Section(null, [paragraph], [], [], null, null, null, []) { Span = text.Span };
        }
        var map = context.Map(value, name, SectionKeys);
        if (map is null)
        {
            return null;
        }
        var items = new List<Section>();
        var index = 0;
        foreach (var item in map.Items("items"))
        {
            index++;
            if (Read(item, $"{map.Qualified("items")}[{index}]", context) is { } section)
            {
                items.Add(section);
            }
        }
        var timelineNode = map.Node("timeline");
        var timeline = map.Text("timeline");
        return new Section(
            map.Text("title"),
            [.. map.Texts("text").Select(t => t.Text)],
            [.. map.Items("bullets").Select(b => ReadBullet(b, map.Qualified("bullets"), context)).OfType<Bullet>()],
            items,
            ReadAssignment(map.Value("assignment"), map.Qualified("assignment"), context),
            timeline is null ? null : new Timeline(timeline) { Span = timelineNode!.Span },
            map.Text("parent_task"),
            [.. map.Texts("after").Select(t => t.Text)])
        { Span = map.Span, FieldSpans = map.Spans, HeadingCase = ValueParsers.Choice(map, "heading_case", HeadingCases) };
    }

    private static Bullet? ReadBullet(YamlValue value, string name, ReadContext context)
    {
        if (value is YamlText node)
        {
            var text = context.Text(node, name);
            return text is null ? null : new Bullet(text, []) { Span = node.Span };
        }
        var map = context.Map(value, name, BulletKeys);
        if (map is null)
        {
            return null;
        }
        if (map.Has("paragraph"))
        {
            // A paragraph in its place among the items; it has no text or sub-items of its own.
            return new Bullet(map.Text("paragraph") ?? "", []) { Span = map.Span, FieldSpans = map.Spans, IsParagraph = true };
        }
        return new Bullet(map.RequiredText("text"), [.. map.Texts("items").Select(t => t.Text)]) { Span = map.Span, FieldSpans = map.Spans };
    }

    /// <summary>An assignment: a sentence, or a mapping with lead and supporting units.</summary>
    public static Assignment? ReadAssignment(YamlValue? value, string name, ReadContext context)
    {
        if (value is YamlText node)
        {
            var text = context.Text(node, name);
            return text is null ? null : new Assignment(text, [], [], []) { Span = node.Span };
        }
        var map = context.Map(value, name, AssignmentKeys);
        if (map is null)
        {
            return null;
        }
        return new Assignment(
            map.Text("text"),
            Units(map, "lead"),
            Units(map, "support"),
            [.. map.Items("items").Select(i => ReadAssignment(i, map.Qualified("items"), context)).OfType<Assignment>()])
        { Span = map.Span, FieldSpans = map.Spans };
    }

    /// <summary>Unit names listed under a key (one name or a list).</summary>
    public static List<UnitName> Units(MapReader map, string key) =>
        [.. map.Texts(key).Select(t => new UnitName(t.Text) { Span = t.Node.Span })];
}
