using PlanGen.Tests.Docx;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Building;

/// <summary><c>plangen build</c> end to end, in-process: outputs, exit codes, and nothing ever lost.</summary>
public sealed class BuildCommandTests : IDisposable
{
    private const string Example = "binh-phuoc-2020/so-tttt-thi-dua-2020.yaml";
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string CopyExample(string name = "plan.yaml") =>
        _temp.File(name, File.ReadAllText(ExampleBuilds.PathOf(Example)));

    [Fact]
    public void One_plan_is_written_beside_its_yaml_by_default()
    {
        var plan = CopyExample();

        var run = CliRun.Of("build", plan, "--lang", "en");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("1 plan built, 0 warnings\n", run.Error.ReplaceLineEndings("\n"));
        using var docx = new WrittenDocx(File.ReadAllBytes(Path.ChangeExtension(plan, ".docx")));
    }

    [Fact]
    public void Output_option_names_the_file_for_one_plan()
    {
        var output = Path.Combine(_temp.Path, "out", "ke-hoach.docx");

        var run = CliRun.Of("build", CopyExample(), "-o", output);

        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(output));
    }

    [Fact]
    public void Several_plans_build_into_the_output_folder_and_one_bad_plan_does_not_stop_the_others()
    {
        var good1 = CopyExample("a.yaml");
        var bad = _temp.File("b.yaml", "title: [\n");
        var good2 = CopyExample("c.yaml");
        var folder = Path.Combine(_temp.Path, "out");

        var run = CliRun.Of("build", good1, bad, good2, "-o", folder);

        Assert.Equal(1, run.ExitCode);
        Assert.True(File.Exists(Path.Combine(folder, "a.docx")));
        Assert.True(File.Exists(Path.Combine(folder, "c.docx")));
        Assert.False(File.Exists(Path.Combine(folder, "b.docx")));
        Assert.Contains("b.yaml(2,1): error PG1001", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_builds_are_byte_identical()
    {
        var plan = CopyExample();
        var first = Path.Combine(_temp.Path, "1.docx");
        var second = Path.Combine(_temp.Path, "2.docx");

        Assert.Equal(0, CliRun.Of("build", plan, "-o", first).ExitCode);
        Assert.Equal(0, CliRun.Of("build", plan, "-o", second).ExitCode);

        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
    }

    [Fact]
    public void A_failed_build_keeps_the_previous_output_byte_identical_and_leaves_no_partial_file()
    {
        var plan = CopyExample();
        var output = Path.ChangeExtension(plan, ".docx");
        Assert.Equal(0, CliRun.Of("build", plan).ExitCode);
        var before = File.ReadAllBytes(output);
        File.WriteAllText(plan, File.ReadAllText(plan).Replace("date: 2020-04", "date: 2020-13", StringComparison.Ordinal));

        var run = CliRun.Of("build", plan);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(before, File.ReadAllBytes(output));
        Assert.Equal(["plan.docx", "plan.yaml"], Directory.EnumerateFiles(_temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_template_error_keeps_the_previous_output_and_names_the_template_file()
    {
        var plan = CopyExample();
        var output = Path.ChangeExtension(plan, ".docx");
        Assert.Equal(0, CliRun.Of("build", plan).ExitCode);
        var before = File.ReadAllBytes(output);
        var template = Path.Combine(_temp.Path, "my-template");
        Assert.Equal(0, CliRun.Of("templates", "export", "ke-hoach-thi-dua", template).ExitCode);
        File.AppendAllText(Path.Combine(template, "main.sbn"), "{{ plan.no_such_field }}\n");

        var run = CliRun.Of("build", plan, "--template", template, "--lang", "en");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("main.sbn(", run.Error, StringComparison.Ordinal);
        Assert.Contains("error PG3003", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(output));
        Assert.DoesNotContain(Directory.EnumerateFiles(_temp.Path), f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unwritable_target_is_an_error_not_a_crash()
    {
        var blocker = _temp.File("blocker", "a file where a folder should be");

        var run = CliRun.Of("build", CopyExample(), "-o", Path.Combine(blocker, "x.docx"), "--lang", "en");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error PG4002", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_template_lists_the_available_ones()
    {
        var run = CliRun.Of("build", CopyExample(), "--template", "ke-hoach-khac", "--lang", "en");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error PG3001", run.Error, StringComparison.Ordinal);
        Assert.Contains("ke-hoach-atgt", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Templates_list_names_the_built_in_templates()
    {
        var run = CliRun.Of("templates", "list");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("ke-hoach-atgt", run.Out, StringComparison.Ordinal);
        Assert.Contains("ke-hoach-thi-dua", run.Out, StringComparison.Ordinal);
    }
}
