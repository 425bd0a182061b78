using PlanGen.Core.Build;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Hierarchy.Derive;
using PlanGen.Core.Import;
using PlanGen.Docx;
using PlanGen.Docx.Reading;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Import;

/// <summary>
/// build → import → build: every example's DOCX, imported, builds again into the same text
/// paragraph by paragraph, with no import warning printed twice; derive straight from the Lào Cai DOCX gives the tasks derive gives
/// from its YAML.
/// </summary>
public sealed class RoundTripTests
{

    public static TheoryData<string> Examples() => [.. ExampleBuilds.All];

    [Theory]
    [MemberData(nameof(Examples))]
    public void Built_docx_imports_into_a_plan_that_builds_the_same_text(string example)
    {
        using var folder = new TempFolder();
        var docx = folder.File("plan.docx");
        File.WriteAllBytes(docx, ExampleBuilds.Render(example).Docx);
        var bag = new DiagnosticBag();

        var imported = PlanImporter.Import(TestRun.New(), docx, folder.File("plan.yaml"), null, bag);

        Assert.False(bag.HasErrors, string.Join("\n", bag.Items.Select(d => TextDiagnosticFormatter.Format(d, "en"))));
        // The same words at the same place are one finding: no import warning is printed twice.
        var findings = bag.Items.Select(d => (d.Code, string.Join('|', d.Arguments))).ToList();
        Assert.Equal(findings.Distinct().Count(), findings.Count);
        var rebuilt = PlanRenderer.Default.Render(TestRun.New(), imported!.Plan, null, bag);
        Assert.NotNull(rebuilt);
        Assert.Equal(Paragraphs(ExampleBuilds.Render(example).Docx), Paragraphs(rebuilt.Docx));
    }

    [Fact]
    public void Derive_from_the_Lao_Cai_docx_gives_the_tasks_derive_gives_from_its_yaml()
    {
        using var folder = new TempFolder();
        var docx = folder.File("ubnd-tinh.docx");
        File.WriteAllBytes(docx, ExampleBuilds.Render("lao-cai-2024/ubnd-tinh-atgt-2024.yaml").Docx);
        File.Copy(Path.Combine(TestPaths.Examples, "lao-cai-2024", "units.yaml"), Path.Combine(folder.Path, "units.yaml"));

        var fromYaml = PlanDeriver.Derive(TestRun.New(), ExampleBuilds.PathOf("lao-cai-2024/ubnd-tinh-atgt-2024.yaml"), "Sở Giáo dục và Đào tạo", folder.File("a.yaml"), new DiagnosticBag());
        var bag = new DiagnosticBag();
        var fromDocx = PlanDeriver.Derive(TestRun.New(), docx, "Sở Giáo dục và Đào tạo", folder.File("b.yaml"), bag);

        Assert.False(bag.HasErrors, string.Join("\n", bag.Items.Select(d => TextDiagnosticFormatter.Format(d, "en"))));
        Assert.NotEmpty(fromYaml!.LedTasks);
        Assert.Equal(fromYaml.LedTasks, fromDocx!.LedTasks);
        Assert.Equal(fromYaml.SupportedTasks, fromDocx.SupportedTasks);
    }

    private static List<string> Paragraphs(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        return [.. DocxText.Paragraphs(stream)];
    }
}
