using System.Text;

namespace PlanGen.Core.Format;

/// <summary>
/// The tables of every key of the format for <c>docs/plan-format.md</c> (plans) and
/// <c>docs/reports.md</c> (reports) and <c>docs/family.md</c> (the other types), made from the format's table so the docs cannot fall behind
/// the reader (a test compares them).
/// </summary>
public static class FormatDocs
{
    /// <summary>The line before the generated tables in the docs.</summary>
    public const string Start = "<!-- keys: made from src/PlanGen.Core/Format by FormatDocs.Tables(); a test fails when they differ -->";

    /// <summary>The line after them.</summary>
    public const string End = "<!-- end of keys -->";

    private static IEnumerable<IShape> Shapes =>
    [
        PlanFormat.Plan, IssuerShape.Shape, CitationShapes.Parent, CitationShapes.Basis, CitationShapes.Citation,
        SectionShapes.Section, SectionShapes.KeyedPart, SectionShapes.Bullet, SectionShapes.Assignment,
        RecipientShape.Shape, SignatureShape.Shape, AppendixShapes.Appendix, AppendixShapes.Group, AppendixShapes.Task,
        ReportingShape.Shape,
    ];

    private static IEnumerable<IShape> ReportShapes =>
    [
        ReportFormat.Report, Format.ReportShapes.ReportedPlan, Format.ReportShapes.Figure, Format.ReportShapes.Task, FigureOwnerShape.Shape,
    ];

    /// <summary>The tables of a decision's and of a Tờ trình's, Thông báo's or Công văn's own mappings (the shared ones are the plan's), in Markdown.</summary>
    public static string FamilyTables() => TablesOf([DecisionFormat.Decision, GeneralFormat.Document]);

    /// <summary>The tables of a plan's mappings, one per mapping, in Markdown.</summary>
    public static string Tables() => TablesOf(Shapes);

    /// <summary>The tables of a report's own mappings (the shared ones are the plan's), in Markdown.</summary>
    public static string ReportTables() => TablesOf(ReportShapes);

    private static string TablesOf(IEnumerable<IShape> shapes)
    {
        var text = new StringBuilder();
        foreach (var shape in shapes)
        {
            text.Append("### ").Append(shape.Name).Append("\n\n").Append(shape.Text.En).Append(" — ").Append(shape.Text.Vi).Append('\n');
            if (shape.TextForm is { } form)
            {
                text.Append("A plain text may stand for it: ").Append(Lower(form.En)).Append('\n');
            }
            text.Append("\n| key | value | meaning | typed in Vietnamese |\n|---|---|---|---|\n");
            foreach (var row in shape.Rows)
            {
                text.Append("| `").Append(row.Key).Append("` | ").Append(Cell(row.Word)).Append(" | ")
                    .Append(row.Required ? "**Required.** " : "")
                    .Append(Cell(row.Text.En)).Append(" — ").Append(Cell(row.Text.Vi))
                    .Append(row.NeedsKey is { } needed ? $" Written with `{needed}`." : "")
                    .Append(row.Derive == DeriveRule.Copy ? " `derive` copies it from the parent." : "")
                    .Append(" | ").Append(string.Join(", ", row.TypedAs.Select(k => "`" + k + "`"))).Append(" |\n");
            }
            text.Append('\n');
        }
        return text.ToString().TrimEnd('\n') + "\n";
    }

    private static string Lower(string sentence) => sentence.Length == 0 ? sentence : char.ToLowerInvariant(sentence[0]) + sentence[1..];

    // A table cell holds one line, and a '|' of its own would end it.
    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace('\n', ' ');
}
