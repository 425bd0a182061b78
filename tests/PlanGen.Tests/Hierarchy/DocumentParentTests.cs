using PlanGen.Core.Diagnostics;
using PlanGen.Core.Hierarchy.Coverage;
using PlanGen.Core.Hierarchy.Derive;
using PlanGen.Core.Format;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Hierarchy;

/// <summary>
/// A parent that arrives as a document, alone in a folder with no units.yaml: derive and coverage
/// match its units by the names it prints, as forgivingly as a registry's aliases would, and give
/// what they give from the parent's YAML beside its units.yaml.
/// </summary>
public sealed class DocumentParentTests : IDisposable
{
    private const string Education = "Sở Giáo dục và Đào tạo";
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static DerivedPlan FromYaml()
    {
        var bag = new DiagnosticBag();
        var derived = PlanDeriver.Derive(TestRun.New(), Path.Combine(TestPaths.Examples, "lao-cai-2024", "ubnd-tinh-atgt-2024.yaml"), Education, null, bag);
        return Assert.IsType<DerivedPlan>(derived);
    }

    // The Lào Cai plan's DOCX, alone in a folder of its own.
    private string Docx()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_temp.Path, "nhan-ve")).FullName;
        var docx = Path.Combine(folder, "ke-hoach-68.docx");
        File.WriteAllBytes(docx, ExampleBuilds.Render("lao-cai-2024/ubnd-tinh-atgt-2024.yaml").Docx);
        return docx;
    }

    private DerivedPlan Derive(string parent)
    {
        var bag = new DiagnosticBag();
        var derived = PlanDeriver.Derive(TestRun.New(), parent, Education, Path.Combine(_temp.Path, "so-gddt.yaml"), bag);
        Assert.False(bag.HasErrors, string.Join("\n", bag.Items.Select(d => TextDiagnosticFormatter.Format(d, "en"))));
        return Assert.IsType<DerivedPlan>(derived);
    }

    [Fact]
    public void Derive_from_a_docx_alone_in_its_folder_gives_exactly_the_tasks_derive_from_the_yaml_gives()
    {
        var yaml = FromYaml();
        var docx = Derive(Docx());

        Assert.Equal(Education, docx.Unit.Name);
        Assert.Equal(yaml.LedTasks, docx.LedTasks);
        Assert.Equal(yaml.SupportedTasks, docx.SupportedTasks);
    }

    [LibreOfficeFact]
    public void Derive_from_a_pdf_alone_in_its_folder_gives_exactly_the_tasks_derive_from_the_yaml_gives()
    {
        var docx = Docx();
        var folder = Directory.CreateDirectory(Path.Combine(_temp.Path, "pdf")).FullName;
        LibreOffice.ConvertToPdf(Path.GetDirectoryName(docx)!, [docx]);
        var pdf = Path.Combine(folder, "ke-hoach-68.pdf");
        File.Move(Path.ChangeExtension(docx, ".pdf"), pdf);

        var yaml = FromYaml();
        var derived = Derive(pdf);

        Assert.Equal(yaml.LedTasks, derived.LedTasks);
        Assert.Equal(yaml.SupportedTasks, derived.SupportedTasks);
    }

    [Theory]
    [InlineData("Sở GD&ĐT")]
    [InlineData("sở giáo dục – đào tạo")]
    [InlineData("Sở Giáo dục và ĐT")]
    public void A_unit_is_found_in_a_parent_document_under_the_spellings_it_prints(string unit)
    {
        var bag = new DiagnosticBag();
        var derived = PlanDeriver.Derive(TestRun.New(), Docx(), unit, Path.Combine(_temp.Path, "con.yaml"), bag);
        Assert.Equal(FromYaml().LedTasks, Assert.IsType<DerivedPlan>(derived).LedTasks);
    }

    [Fact]
    public void The_plan_derived_from_a_document_validates_and_names_no_units_file()
    {
        var derived = Derive(Docx());
        var path = Path.Combine(_temp.Path, "so-gddt.yaml");
        File.WriteAllText(path, derived.Yaml);
        var bag = new DiagnosticBag();
        var plan = PlanLoader.Read(path, bag);
        Assert.NotNull(plan);
        Assert.Null(plan.UnitsPath);
        Assert.Null(plan.Issuer.UnitId);
        Assert.Contains("parent: nhan-ve/ke-hoach-68.docx", derived.Yaml, StringComparison.Ordinal);
        Assert.DoesNotContain(bag.Items, d => d.Severity == Severity.Error);
    }

    [Fact]
    public void Coverage_of_a_parent_document_counts_the_task_its_derived_plan_takes_up()
    {
        var docx = Docx();
        var child = Path.Combine(Path.GetDirectoryName(docx)!, "so-gddt.yaml");
        var derived = Assert.IsType<DerivedPlan>(PlanDeriver.Derive(TestRun.New(), docx, Education, child, new DiagnosticBag()));
        File.WriteAllText(child, derived.Yaml);
        var bag = new DiagnosticBag();
        var report = CoverageAnalyzer.Analyze(TestRun.New(), docx, [child], bag);
        Assert.NotNull(report);
        Assert.False(bag.HasErrors, string.Join("\n", bag.Items.Select(d => TextDiagnosticFormatter.Format(d, "en"))));
        // Every task the department leads is taken up by its plan; no gap names it.
        var led = report.Rows.Where(r => derived.LedTasks.Contains(r.TaskId)).ToList();
        Assert.Equal(derived.LedTasks.Count, led.Count);
        Assert.DoesNotContain(led.SelectMany(r => r.Gaps), g => g.Unit.Contains("Giáo dục", StringComparison.Ordinal));
    }
}
