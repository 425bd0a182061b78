using PlanGen.Core.Model;
using PlanGen.Core.Recognition;

namespace PlanGen.Core.Import;

/// <summary>
/// The parts as the document has them, in its order: each of the kind its heading names (the
/// first part of a kind; a second one is a free part with its heading), a "MỤC ĐÍCH, YÊU CẦU" part
/// kept whole with its clauses of their kinds; lines found outside any part kept in the nearest one.
/// </summary>
internal sealed class PartAssignment
{
    public List<Section> Parts { get; } = [];

    /// <summary>True when the document has one part for purpose and requirements together.</summary>
    public bool Combined { get; private set; }

    public static PartAssignment Assign(Recognition r, List<(string Heading, SectionBuilder Section)> parts, List<ImportLine> before, List<ImportLine> after)
    {
        var assignment = new PartAssignment();
        var used = new HashSet<PartKind>();
        foreach (var (heading, section) in parts)
        {
            if (PartFields.IsCombined(heading))
            {
                assignment.Combined = true;
                foreach (var clause in section.Items)
                {
                    if (PartFields.OfClause(clause.Title) is { } kind && used.Add(kind)) clause.Kind = kind;
                }
            }
            else if (PartFields.Of(heading) is { } kind && used.Add(kind))
            {
                section.Kind = kind;
            }
            section.HeadingCase = VietnameseCase.IsUpper(heading) ? null : HeadingCase.AsWritten;
        }
        var builders = parts.Select(p => p.Section).ToList();
        if (builders.Count == 0 && (before.Count > 0 || after.Count > 0))
        {
            builders.Add(new SectionBuilder("TODO"));
        }
        if (builders.Count > 0)
        {
            foreach (var line in before) r.Unplaced(line, "parts[1]");
            builders[0].Paragraphs.InsertRange(0, before.Select(Text));
            foreach (var line in after)
            {
                r.Unplaced(line, $"parts[{builders.Count}]");
                builders[^1].After.Add(Text(line));
            }
        }
        assignment.Parts.AddRange(builders.Select(b => b.Build()));
        return assignment;
    }

    /// <summary>A line kept as text where no rule placed it; a table as its rows of cells.</summary>
    internal static string Text(ImportLine line) => line.Table is null
        ? line.Marked
        : string.Join(" / ", line.Table.AllRows.Select(row => string.Join(" | ", row.Cells.Select(c => c.Text.Replace('\n', ' ')))));
}
