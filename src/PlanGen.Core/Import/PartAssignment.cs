using PlanGen.Core.Model;

namespace PlanGen.Core.Import;

/// <summary>The parts placed into the plan's fields; lines found outside any part kept in the nearest one.</summary>
internal sealed class PartAssignment
{
    private readonly Dictionary<string, Section> _fields = new(StringComparer.Ordinal);

    public List<Section> Extra { get; } = [];

    /// <summary>True when the document has one part for purpose and requirements together.</summary>
    public bool Combined { get; private set; }

    public Section? Field(string name) => _fields.GetValueOrDefault(name);

    public static PartAssignment Assign(Recognition r, List<(string Heading, SectionBuilder Section)> parts, List<ImportLine> before, List<ImportLine> after)
    {
        var assignment = new PartAssignment();
        var builders = new List<(string Key, SectionBuilder Section)>();
        foreach (var (heading, section) in parts)
        {
            var field = PartFields.Of(heading);
            if (field == PartFields.Combined)
            {
                assignment.Combined = true;
                if (section.Items.Count == 0)
                {
                    // "MỤC ĐÍCH, YÊU CẦU" written as running text, without clauses: the part is kept whole.
                    builders.Add((builders.All(b => b.Key != "purpose") ? "purpose" : "extra", section));
                    continue;
                }
                var first = builders.Count;
                foreach (var clause in section.Items)
                {
                    var clauseField = PartFields.OfClause(clause.Title);
                    if (clauseField is not null && builders.All(b => b.Key != clauseField)) builders.Add((clauseField, clause));
                    else builders.Add(("extra", clause));
                }
                builders[first].Section.Paragraphs.AddRange([.. section.Paragraphs, .. section.After]);
            }
            else if (field is not null && builders.All(b => b.Key != field))
            {
                builders.Add((field, section));
            }
            else
            {
                builders.Add(("extra", section));
            }
        }
        if (builders.Count == 0 && (before.Count > 0 || after.Count > 0))
        {
            builders.Add(("extra", new SectionBuilder("TODO")));
        }
        if (builders.Count > 0)
        {
            var first = builders[0];
            foreach (var line in before) r.Unplaced(line, first.Key);
            first.Section.Paragraphs.InsertRange(0, before.Select(Text));
            var last = builders[^1];
            foreach (var line in after)
            {
                r.Unplaced(line, last.Key);
                last.Section.After.Add(Text(line));
            }
        }
        foreach (var (key, section) in builders)
        {
            if (key == "extra") assignment.Extra.Add(section.Build());
            else assignment._fields[key] = section.Build();
        }
        return assignment;
    }

    private static string Text(ImportLine line) => line.Table is null
        ? line.Marked
        : string.Join(" / ", line.Table.Rows.Select(row => string.Join(" | ", row.Cells.Select(c => c.Text.Replace('\n', ' ')))));
}
