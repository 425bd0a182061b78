using PlanGen.Tests.Support;

namespace PlanGen.Tests.Cli;

public sealed class InitCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [MemberData(nameof(ExampleBuilds.EveryTemplate), MemberType = typeof(ExampleBuilds))]
    public void Starter_plan_validates_without_errors_and_builds(string template)
    {
        var plan = Path.Combine(_temp.Path, template + ".yaml");

        Assert.Equal(0, CliRun.Of("init", plan, "--template", template).ExitCode);

        var validate = CliRun.Of("validate", plan, "--lang", "en");
        Assert.Equal(0, validate.ExitCode);
        Assert.DoesNotContain("error", validate.Error, StringComparison.Ordinal);
        Assert.Equal(0, CliRun.Of("build", plan).ExitCode);
        Assert.True(File.Exists(Path.ChangeExtension(plan, ".docx")));
    }

    [Fact]
    public void Init_never_overwrites_a_plan_without_force()
    {
        var plan = _temp.File("ke-hoach.yaml", "title: của tôi\n");

        var run = CliRun.Of("init", plan, "--lang", "en");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error PG4001", run.Error, StringComparison.Ordinal);
        Assert.Equal("title: của tôi\n", File.ReadAllText(plan));
        Assert.Equal(0, CliRun.Of("init", plan, "--force").ExitCode);
        Assert.Contains("template: ke-hoach-atgt", File.ReadAllText(plan), StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_template_lists_the_built_in_ones()
    {
        var run = CliRun.Of("init", Path.Combine(_temp.Path, "x.yaml"), "--template", "khong-co", "--lang", "en");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("ke-hoach-thi-dua", run.Error, StringComparison.Ordinal);
    }
}
