using PlanGen.Core.Diagnostics;
using PlanGen.Core.Templating;

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
        Assert.Equal(["ke-hoach-atgt", "ke-hoach-thi-dua"], list.Select(t => t.Name));
        Assert.All(list, t => Assert.False(string.IsNullOrWhiteSpace(t.Description)));
        Assert.All(list, t => Assert.Contains("main.sbn", t.Files));
        Assert.All(list, t => Assert.Contains("template.yaml", t.Files));
        Assert.Contains("_section.sbn", list[0].Files);
    }

    [Fact]
    public void Exported_template_renders_like_the_built_in_one()
    {
        var diagnostics = new DiagnosticBag();
        Assert.True(TemplateCatalog.BuiltIn.Export("ke-hoach-atgt", _folder, diagnostics));
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
    public void Export_keeps_existing_files()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, "main.sbn"), "mine");
        var diagnostics = new DiagnosticBag();
        Assert.False(TemplateCatalog.BuiltIn.Export("ke-hoach-thi-dua", _folder, diagnostics));
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
        Assert.Equal("ke-hoach-atgt, ke-hoach-thi-dua", error.Arguments[1]);
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
}
