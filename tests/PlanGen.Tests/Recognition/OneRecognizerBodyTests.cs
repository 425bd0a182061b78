using PlanGen.Core.Diagnostics;
using PlanGen.Core.Import;
using PlanGen.Core.Model;
using PlanGen.Core.Recognition;
using PlanGen.Tests.Support;
using Xunit.Abstractions;

namespace PlanGen.Tests.Recognition;

/// <summary>
/// Check and import read a plan's body through one recognizer: for every plan of the corpus, the
/// plan a decision issues, and every example plan built, the part headings and the clauses and
/// points under each part (1., 1.1., 1.1.1., a)) that the outline reads (what check numbers) are
/// the parts and clauses the import writes, in the same order and nesting.
/// </summary>
public sealed class OneRecognizerBodyTests(ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(OneRecognizerDocuments.All), MemberType = typeof(OneRecognizerDocuments))]
    public void Check_and_import_read_the_same_parts_and_clauses(string document)
    {
        using var folder = new TempFolder();
        var read = OneRecognizerDocuments.Read(document, folder);
        // The page as the import reads it: a footnote's mark kept in its text, a run-on page read apart into its lines.
        var outline = DocumentOutline.Of(RunOnLines.Apart(FootnoteImport.Mark(read).Document, []));
        var (plan, body) = Imported(read, outline);
        if (plan is null || body is null)
        {
            output.WriteLine("no plan to compare: a report, letter, notice or submission, or a page refused as no plan");
            return;
        }

        var byOutline = Shape(body.Parts);
        var byImport = Shape(plan.Plan, plan.Notes);
        output.WriteLine(string.Join("\n", byOutline.Zip(byImport, (a, b) => a == b ? a : $"{a}  ≠  {b}")));
        Assert.Equal(byOutline, byImport);
    }

    // The plan the import reads, told apart as the import tells them, with the body outline that holds it: a plan's own, or the one a decision issues.
    private static (ImportedPlan? Plan, BodyOutline? Body) Imported(PlanGen.Core.Document.LayoutDocument read, DocumentOutline outline)
    {
        using var folder = new TempFolder();
        var recognized = RecognizedDocument.Of(TestRun.New(), ImportSource.Of(read), folder.File("imported.yaml"), null, new DiagnosticBag());
        if (recognized?.Plan is { } plan) return (plan, outline.BodyOutline);
        return recognized?.Family?.Plan is { } issued ? (issued, outline.Issued?.BodyOutline) : (null, null);
    }

    // Each part's heading, then each clause and point under it by its place.
    // Part I whose heading the page lost has the heading the import gives it.
    private static List<string> Shape(IReadOnlyList<OutlineSection> parts)
    {
        var shape = new List<string>();
        foreach (var (part, i) in parts.Select((p, i) => (p, i)))
        {
            shape.Add($"part {i + 1}: {(part.Untitled ? "(named)" : part.Text)}");
            Items(part, "", shape);
        }
        return shape;
    }

    // What the import writes as a section's items ("/2": its second clause or point) and, under a clause, its sub-clauses (".2").
    private static void Items(OutlineSection section, string path, List<string> shape)
    {
        var inClause = section.Kind == SectionKind.Clause;
        foreach (var (item, n) in section.Children.Where(c => c.Kind == SectionKind.Point || (c.Kind == SectionKind.Clause && !inClause)).Select((c, n) => (c, n + 1)))
        {
            shape.Add($"{path}/{n}");
            Items(item, $"{path}/{n}", shape);
        }
        foreach (var (clause, n) in section.Children.Where(c => c.Kind == SectionKind.Clause && inClause).Select((c, n) => (c, n + 1)))
        {
            shape.Add($"{path}.{n}");
            Items(clause, $"{path}.{n}", shape);
        }
    }

    private static List<string> Shape(Plan plan, IReadOnlyList<ImportNote> notes)
    {
        var named = notes.Select(n => n.Key).ToHashSet(StringComparer.Ordinal);
        var shape = new List<string>();
        // A page where no part was read gets one part to fill in, which is none of the document's.
        if (plan.Parts is [{ Title: "TODO", Items.Count: 0, Clauses.Count: 0 }]) return shape;
        foreach (var (part, i) in plan.Parts.Select((p, i) => (p, i)))
        {
            shape.Add($"part {i + 1}: {(named.Contains($"parts[{i + 1}].title") ? "(named)" : part.Title)}");
            Items(part, "", shape);
        }
        return shape;
    }

    private static void Items(Section section, string path, List<string> shape)
    {
        foreach (var (item, n) in section.Items.Select((c, n) => (c, n + 1)))
        {
            shape.Add($"{path}/{n}");
            Items(item, $"{path}/{n}", shape);
        }
        foreach (var (clause, n) in section.Clauses.Select((c, n) => (c, n + 1)))
        {
            shape.Add($"{path}.{n}");
            Items(clause, $"{path}.{n}", shape);
        }
    }
}
