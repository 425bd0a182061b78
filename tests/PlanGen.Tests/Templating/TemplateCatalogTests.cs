using PlanGen.Core.Build;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Output;
using PlanGen.Core.Templating;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Templating;

public sealed class TemplateCatalogTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "plangen-templ-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void Lists_the_built_in_templates_with_descriptions_and_files()
    {
        var diagnostics = new DiagnosticBag();
        var list = TemplateCatalog.BuiltIn.List(diagnostics);
        Assert.Empty(diagnostics.Items);
        Assert.Equal(["bao-cao", "cong-van", "ke-hoach-atgt", "ke-hoach-thi-dua", "quyet-dinh", "thong-bao", "to-trinh"], list.Select(t => t.Name));
        Assert.All(list, t => Assert.False(string.IsNullOrWhiteSpace(t.Description)));
        Assert.All(list, t => Assert.Contains("main.sbn", t.Files));
        Assert.All(list, t => Assert.Contains("template.yaml", t.Files));
        Assert.Contains("_section.sbn", list[0].Files);
    }

    [Fact]
    public void Exported_template_renders_like_the_built_in_one()
    {
        var diagnostics = new DiagnosticBag();
        Assert.True(TemplateCatalog.BuiltIn.Export(TestRun.New(), "ke-hoach-atgt", _folder, diagnostics));
        Assert.True(File.Exists(Path.Combine(_folder, "template.yaml")));
        Assert.True(File.Exists(Path.Combine(_folder, "_appendix.sbn")));

        var folder = TemplateCatalog.BuiltIn.Find(_folder, diagnostics);
        Assert.NotNull(folder);
        Assert.False(folder.IsBuiltIn);
        var plan = PlanFixtures.IssuedTrafficPlan();
        var markup = TemplateRenderer.Default.Render(plan, folder, diagnostics);
        Assert.Empty(diagnostics.Items);
        Assert.Equal(RenderHelper.Render(plan, "ke-hoach-atgt"), markup);
    }

    [Fact]
    public void A_template_folder_is_parsed_once_per_run_and_again_once_it_is_saved()
    {
        var run = TestRun.New();
        var diagnostics = new DiagnosticBag();
        Assert.True(TemplateCatalog.BuiltIn.Export(run, "ke-hoach-atgt", _folder, diagnostics));
        var first = TemplateCatalog.BuiltIn.Find(run, _folder, diagnostics);
        Assert.NotNull(first);
        Assert.Same(first, TemplateCatalog.BuiltIn.Find(run, _folder, diagnostics));

        // A clerk saves the template while build --watch runs: the next build reads it again.
        File.AppendAllText(Path.Combine(_folder, "main.sbn"), "\n");
        var saved = TemplateCatalog.BuiltIn.Find(run, _folder, diagnostics);
        Assert.NotNull(saved);
        Assert.NotSame(first, saved);
        // Another run keeps nothing of this one's.
        Assert.NotSame(saved, TemplateCatalog.BuiltIn.Find(TestRun.New(), _folder, diagnostics));
        Assert.Empty(diagnostics.Items);
    }

    [Fact]
    public void Export_keeps_existing_files()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, "main.sbn"), "mine");
        var diagnostics = new DiagnosticBag();
        Assert.False(TemplateCatalog.BuiltIn.Export(TestRun.New(), "ke-hoach-thi-dua", _folder, diagnostics));
        Assert.Equal(DiagnosticCode.OutputExists, Assert.Single(diagnostics.Items).Code);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(_folder, "main.sbn")));
    }

    [Fact]
    public void Unknown_template_is_not_found_with_the_available_names()
    {
        var diagnostics = new DiagnosticBag();
        Assert.Null(TemplateCatalog.BuiltIn.Find("ke-hoach-khac", diagnostics));
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal(DiagnosticCode.TemplateNotFound, error.Code);
        Assert.Equal("bao-cao, cong-van, ke-hoach-atgt, ke-hoach-thi-dua, quyet-dinh, thong-bao, to-trinh", error.Arguments[1]);
    }

    [Fact]
    public void Folder_without_manifest_is_refused()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, "main.sbn"), "x");
        var diagnostics = new DiagnosticBag();
        Assert.Null(TemplateCatalog.BuiltIn.Find(_folder, diagnostics));
        Assert.Equal(DiagnosticCode.TemplateManifest, Assert.Single(diagnostics.Items).Code);
    }

    [Fact]
    public void Manifest_with_an_unknown_field_is_refused_at_its_line()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, "main.sbn"), "x");
        File.WriteAllText(Path.Combine(_folder, "template.yaml"), "name: t\nmian: main.sbn\n");
        var diagnostics = new DiagnosticBag();
        Assert.Null(TemplateCatalog.BuiltIn.Find(_folder, diagnostics));
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal(DiagnosticCode.TemplateManifest, error.Code);
        Assert.Equal(1, error.Span.StartLine);
    }

    [Fact]
    public void Export_writes_the_shared_partials_the_template_uses_so_the_folder_stands_alone()
    {
        Assert.True(TemplateCatalog.BuiltIn.Export(TestRun.New(), "ke-hoach-thi-dua", _folder, new DiagnosticBag()));

        var written = Directory.EnumerateFiles(_folder).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(["_appendix.sbn", "_basis.sbn", "_header.sbn", "_parts.sbn", "_section.sbn", "_signing.sbn", "main.sbn", "starter.yaml", "template.yaml"], written);
        var common = Path.Combine(TestPaths.Repository, "templates", "_common", "_header.sbn");
        Assert.Equal(File.ReadAllText(common), File.ReadAllText(Path.Combine(_folder, "_header.sbn")));
    }

    [Fact]
    public void A_template_file_shadows_the_shared_partial_of_the_same_name()
    {
        var template = Path.Combine(_folder, "mine");
        Directory.CreateDirectory(template);
        Directory.CreateDirectory(Path.Combine(_folder, "_common"));
        File.WriteAllText(Path.Combine(template, "template.yaml"), "name: mine\n");
        File.WriteAllText(Path.Combine(template, "main.sbn"), "<document>{{ include '_a.sbn' }}{{ include '_b.sbn' }}</document>");
        File.WriteAllText(Path.Combine(template, "_a.sbn"), "<p>riêng</p>");
        File.WriteAllText(Path.Combine(_folder, "_common", "_a.sbn"), "<p>chung a</p>");
        File.WriteAllText(Path.Combine(_folder, "_common", "_b.sbn"), "<p>chung b</p>");

        var diagnostics = new DiagnosticBag();
        var loaded = TemplateCatalog.BuiltIn.Find(template, diagnostics);
        Assert.NotNull(loaded);
        var markup = TemplateRenderer.Default.Render(PlanFixtures.DraftEmulationPlan(), loaded, diagnostics);
        Assert.Empty(diagnostics.Items);
        Assert.Equal("<document><p>riêng</p><p>chung b</p></document>", markup);
    }

    [Fact]
    public void The_shared_folder_is_no_way_out_of_the_sandbox()
    {
        var template = Path.Combine(_folder, "mine");
        Directory.CreateDirectory(template);
        Directory.CreateDirectory(Path.Combine(_folder, "_common"));
        File.WriteAllText(Path.Combine(template, "template.yaml"), "name: mine\n");
        File.WriteAllText(Path.Combine(template, "main.sbn"), "<document>{{ include '../_common/_a.sbn' }}</document>");
        File.WriteAllText(Path.Combine(_folder, "_common", "_a.sbn"), "<p>chung</p>");
        File.WriteAllText(Path.Combine(_folder, "_b.sbn"), "<p>bên cạnh</p>");

        var diagnostics = new DiagnosticBag();
        var loaded = TemplateCatalog.BuiltIn.Find(template, diagnostics)!;
        Assert.Null(TemplateRenderer.Default.Render(PlanFixtures.DraftEmulationPlan(), loaded, diagnostics));
        Assert.Equal(DiagnosticCode.TemplateIncludeOutside, Assert.Single(diagnostics.Items).Code);

        File.WriteAllText(Path.Combine(template, "main.sbn"), "<document>{{ include '_b.sbn' }}</document>");
        var other = Path.Combine(_folder, "mine2");
        Directory.Move(template, other);
        diagnostics = new DiagnosticBag();
        Assert.Null(TemplateRenderer.Default.Render(PlanFixtures.DraftEmulationPlan(), TemplateCatalog.BuiltIn.Find(other, diagnostics)!, diagnostics));
        Assert.Equal(DiagnosticCode.TemplateNotFound, Assert.Single(diagnostics.Items).Code);
    }

    [Fact]
    public void No_template_file_has_a_byte_identical_twin()
    {
        var files = Directory.EnumerateFiles(Path.Combine(TestPaths.Repository, "templates"), "*", SearchOption.AllDirectories).ToList();
        var twins = files.GroupBy(f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))))
            .Where(g => g.Count() > 1)
            .Select(g => string.Join(" = ", g.Select(f => Path.GetRelativePath(TestPaths.Repository, f))));
        Assert.Empty(twins);
    }

    [Fact]
    public void The_shared_folder_is_not_listed_as_a_template()
    {
        var diagnostics = new DiagnosticBag();
        Assert.Null(TemplateCatalog.BuiltIn.Find("_common", diagnostics));
        Assert.Equal(DiagnosticCode.TemplateNotFound, Assert.Single(diagnostics.Items).Code);
    }
}
