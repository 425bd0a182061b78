using PlanGen.Core.Model;

namespace PlanGen.Core.Import;

/// <summary>Sections as the plan format writes them: a plain string when a section is one paragraph, else its keys in reading order.</summary>
internal static class SectionYaml
{
    public static void WriteField(YamlBuilder y, int indent, string key, Section section)
    {
        if (IsText(section))
        {
            y.Scalar(indent, key, section.Paragraphs[0]);
            return;
        }
        y.Key(indent, key);
        WriteBody(y, indent + 2, section);
    }

    public static void WriteItem(YamlBuilder y, int indent, Section section)
    {
        if (IsText(section)) y.Item(indent, section.Paragraphs[0]);
        else y.MapItem(indent, (item, at) => WriteBody(item, at, section));
    }

    private static bool IsText(Section s) =>
        s.Title is null && s.Paragraphs.Count == 1 && s.Bullets.Count == 0 && s.Items.Count == 0 && s.Assignment is null && s.Timeline is null && s.After.Count == 0 && s.ParentTask is null;

    private static void WriteBody(YamlBuilder y, int indent, Section section)
    {
        y.Scalar(indent, "title", section.Title);
        Texts(y, indent, "text", section.Paragraphs);
        if (section.Bullets.Count > 0)
        {
            y.Key(indent, "bullets", "");
            foreach (var bullet in section.Bullets)
            {
                if (bullet.SubItems.Count == 0) y.Item(indent + 2, bullet.Text);
                else y.MapItem(indent + 2, (item, at) =>
                {
                    item.Scalar(at, "text", bullet.Text, "");
                    item.Key(at, "items", "");
                    foreach (var sub in bullet.SubItems) item.Item(at + 2, sub);
                });
            }
        }
        if (section.Items.Count > 0)
        {
            y.Key(indent, "items", "");
            foreach (var item in section.Items) WriteItem(y, indent + 2, item);
        }
        if (section.Assignment is { } assignment)
        {
            y.Key(indent, "assignment", "");
            WriteAssignment(y, indent + 2, assignment);
        }
        y.Scalar(indent, "timeline", section.Timeline?.Text, "");
        y.Scalar(indent, "parent_task", section.ParentTask, "");
        Texts(y, indent, "after", section.After);
    }

    private static void WriteAssignment(YamlBuilder y, int indent, Assignment assignment)
    {
        y.Scalar(indent, "text", assignment.Text, "");
        if (assignment.Lead.Count > 0) y.Flow(indent, "lead", [.. assignment.Lead.Select(u => u.Name)]);
        if (assignment.Support.Count > 0) y.Flow(indent, "support", [.. assignment.Support.Select(u => u.Name)]);
        if (assignment.Items.Count > 0)
        {
            y.Key(indent, "items", "");
            foreach (var item in assignment.Items) y.MapItem(indent + 2, (map, at) => WriteAssignment(map, at, item));
        }
    }

    private static void Texts(YamlBuilder y, int indent, string key, IReadOnlyList<string> texts)
    {
        if (texts.Count == 1) y.Scalar(indent, key, texts[0], "");
        else if (texts.Count > 1)
        {
            y.Key(indent, key, "");
            foreach (var text in texts) y.Item(indent + 2, text);
        }
    }
}
