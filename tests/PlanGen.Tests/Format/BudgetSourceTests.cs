using PlanGen.Core.Build;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Format;
using PlanGen.Core.Hierarchy.Derive;
using PlanGen.Core.Import;
using PlanGen.Docx;
using PlanGen.Docx.Reading;
using PlanGen.Tests.Support;
using PlanGen.Tests.Templating;

namespace PlanGen.Tests.Format;

/// <summary>
/// <c>budget_source</c>, the key added as docs/adding-a-field.md shows, end to end: read, printed
/// in the budget part, read back from the DOCX by import, in the schema, not taken by derive.
/// </summary>
public sealed class BudgetSourceTests
{
    private const string Source = "Ngân sách tỉnh giao dự toán năm 2024, nguồn xã hội hóa";


    [Fact]
    public void The_source_of_funds_is_printed_in_the_budget_part_and_imported_back_as_written()
    {
        using var folder = new TempFolder();
        var plan = PlanFixtures.IssuedTrafficPlan($"budget_source: {Source}\n");
        var bag = new DiagnosticBag();
        var docx = folder.File("plan.docx");
        File.WriteAllBytes(docx, PlanRenderer.Default.Render(TestRun.New(), plan, null, bag)!.Docx);
        using (var stream = File.OpenRead(docx))
        {
            var paragraphs = DocxText.Paragraphs(stream).ToList();
            Assert.Equal("Nguồn kinh phí: " + Source, paragraphs[paragraphs.IndexOf("IV. KINH PHÍ THỰC HIỆN") + 1]);
        }

        var imported = PlanImporter.Import(TestRun.New(), docx, folder.File("plan.yaml"), null, bag);

        Assert.False(bag.HasErrors, string.Join("\n", bag.Items.Select(d => TextDiagnosticFormatter.Format(d, "en"))));
        Assert.Equal(Source, imported!.Plan.BudgetSource);
        Assert.Contains("\nbudget_source: " + Source + "\n", imported.Yaml, StringComparison.Ordinal);
        Assert.Equal(plan.Budget!.Items.Select(i => i.Paragraphs[0]), imported.Plan.Budget!.Items.Select(i => i.Paragraphs[0]));
    }

    [Fact]
    public void A_source_of_funds_without_a_budget_part_asks_for_the_part()
    {
        var bag = new DiagnosticBag();

        PlanLoader.ReadText(File.ReadAllText(Fixture()).Replace("budget:", "budget_source: " + Source + "\nfunds:", StringComparison.Ordinal), "plan.yaml", bag);

        Assert.Contains(bag.Items, d => d.Code == DiagnosticCode.MissingField && d.Arguments[0] == "budget");
    }

    [Fact]
    public void The_schema_describes_it_and_derive_leaves_it_to_the_sub_plan()
    {
        Assert.Contains("\"budget_source\": {", PlanSchema.Json, StringComparison.Ordinal);
        using var folder = new TempFolder();
        var source = Path.Combine(TestPaths.Examples, "lao-cai-2024");
        var parent = folder.File("ubnd-tinh.yaml", File.ReadAllText(Path.Combine(source, "ubnd-tinh-atgt-2024.yaml")) + $"budget_source: {Source}\n");
        File.Copy(Path.Combine(source, "units.yaml"), folder.File("units.yaml"));
        var bag = new DiagnosticBag();

        var derived = PlanDeriver.Derive(TestRun.New(), parent, "Sở GD&ĐT", folder.File("so-gddt.yaml"), bag);

        Assert.False(bag.HasErrors, string.Join("\n", bag.Items.Select(d => TextDiagnosticFormatter.Format(d, "en"))));
        Assert.DoesNotContain("budget_source", derived!.Yaml, StringComparison.Ordinal);
    }

    private static string Fixture() => Path.Combine(TestPaths.Repository, "tests", "PlanGen.Tests", "Templating", "Fixtures", "issued-traffic-plan.yaml");
}
