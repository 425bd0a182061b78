using PlanGen.Tests.Support;

namespace PlanGen.Tests.Templating;

/// <summary>A template that emits markup the layout stage does not know is PG3004, named at the template file.</summary>
public sealed class TemplateMarkupErrorTests : IDisposable
{
    private readonly CoverageScratch _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public void An_unknown_element_is_PG3004_at_its_line_in_the_template_and_nothing_is_written()
    {
        var plan = _scratch.Derive("Sở GD&ĐT", "gddt.yaml");
        var template = Path.Combine(_scratch.Path, "mau");
        Assert.Equal(0, CliRun.Of("templates", "export", "ke-hoach-atgt", template).ExitCode);
        File.WriteAllText(Path.Combine(template, "main.sbn"), "<document>\n  <bang-bieu/>\n</document>\n");

        var run = CliRun.Of("build", plan, "--template", template, "--lang", "en");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(Path.Combine(template, "main.sbn") + "(2,", run.Error, StringComparison.Ordinal);
        Assert.Contains("error PG3004", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.ChangeExtension(plan, ".docx")));
    }
}
