using PlanGen.Tests.Support;

namespace PlanGen.Tests.Hostile;

/// <summary>
/// A template folder cannot reach outside itself: a partial or main file that links elsewhere is
/// refused (PG3006) and never printed, special files are refused (PG1015), template files must be
/// UTF-8 (PG1012), and a folder named by the plan itself gets the same checks.
/// </summary>
public sealed class TemplateFolderTests : IDisposable
{
    private const string Secret = "SECRET-OUTSIDE-THE-TEMPLATE";
    private readonly HostileScratch _scratch = new();

    public void Dispose() => _scratch.Dispose();

    private string ExportedTemplate(string name)
    {
        var folder = Path.Combine(_scratch.Folder, name);
        var export = CliRun.Of("templates", "export", "ke-hoach-atgt", folder);
        Assert.Equal(0, export.ExitCode);
        return folder;
    }

    private static string SomePartial(string folder) =>
        Directory.EnumerateFiles(folder, "_*.sbn").Order(StringComparer.Ordinal).First();

    [Fact]
    public void An_exported_template_builds_unchanged()
    {
        var folder = ExportedTemplate("tpl");
        var run = HostileScratch.Run("build", _scratch.Plan, "--template", folder, "-o", Path.Combine(_scratch.Folder, "ok.docx"));
        Assert.Equal(0, run.ExitCode);
    }

    [Theory]
    [InlineData("partial")]
    [InlineData("main")]
    [InlineData("manifest")]
    public void A_template_file_linking_outside_is_refused_and_not_printed(string which)
    {
        if (OperatingSystem.IsWindows())
        {
            return; // symbolic links need privileges there
        }
        var folder = ExportedTemplate("tpl-" + which);
        var outside = _scratch.File("outside/secret.sbn", Secret);
        var victim = which switch
        {
            "partial" => SomePartial(folder),
            "main" => Path.Combine(folder, "main.sbn"),
            _ => Path.Combine(folder, "template.yaml"),
        };
        File.Delete(victim);
        File.CreateSymbolicLink(victim, outside);
        var output = Path.Combine(_scratch.Folder, which + ".docx");

        var run = HostileScratch.Run("build", _scratch.Plan, "--template", folder, "-o", output, "--lang", "en");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("PG3006", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, run.Error + run.Out, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void A_link_to_a_file_inside_the_folder_is_followed()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        var folder = ExportedTemplate("tpl-inner");
        var partial = SomePartial(folder);
        var moved = Path.Combine(folder, "real" + Path.GetFileName(partial));
        File.Move(partial, moved);
        File.CreateSymbolicLink(partial, moved);
        var run = HostileScratch.Run("build", _scratch.Plan, "--template", folder, "-o", Path.Combine(_scratch.Folder, "inner.docx"));
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void A_plan_naming_a_template_folder_gets_the_same_checks()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        var folder = ExportedTemplate("tpl-by-plan");
        var partial = SomePartial(folder);
        File.Delete(partial);
        File.CreateSymbolicLink(partial, _scratch.File("outside/other.sbn", Secret));
        var plan = _scratch.WithLine("by-plan.yaml", "template", "template: " + folder);

        var run = HostileScratch.Run("validate", plan, "--lang", "en");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("PG3006", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_file_that_is_a_pipe_is_refused()
    {
        var folder = ExportedTemplate("tpl-fifo");
        var partial = SomePartial(folder);
        File.Delete(partial);
        var fifo = _scratch.Fifo(Path.Combine("tpl-fifo", Path.GetFileName(partial)));
        if (fifo is null)
        {
            return;
        }
        var run = HostileScratch.Run("build", _scratch.Plan, "--template", folder, "-o", Path.Combine(_scratch.Folder, "fifo.docx"), "--lang", "en");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("PG1015", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("template.yaml")]
    [InlineData("main.sbn")]
    public void A_template_file_that_is_not_UTF8_is_PG1012(string name)
    {
        var folder = ExportedTemplate("tpl-latin1-" + name.Replace('.', '-'));
        var path = Path.Combine(folder, name);
        // "é" in Latin-1 (0xE9) is not UTF-8; put on a comment line of the file's own.
        byte[] latin1 = name.EndsWith(".yaml", StringComparison.Ordinal) ? [(byte)'#', 0xE9, 0x0A] : [0xE9, 0x0A];
        File.WriteAllBytes(path, [.. latin1, .. File.ReadAllBytes(path)]);
        var run = HostileScratch.Run("build", _scratch.Plan, "--template", folder, "-o", Path.Combine(_scratch.Folder, "l1.docx"), "--lang", "en");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("PG1012", run.Error, StringComparison.Ordinal);
    }
}
