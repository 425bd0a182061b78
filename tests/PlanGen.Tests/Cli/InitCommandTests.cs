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

    [Theory]
    [InlineData("commune", "level: commune", "Ủy ban nhân dân xã")]
    [InlineData("district", "level: district", "Ủy ban nhân dân huyện")]
    [InlineData("school", "period: 05/09/2024 - 31/05/2025", "Trường")]
    public void A_starter_for_a_commune_a_district_or_a_school_validates_and_builds_with_no_warning(string body, string line, string issuer)
    {
        var plan = Path.Combine(_temp.Path, body, "ke-hoach.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(plan)!);

        Assert.Equal(0, CliRun.Of("init", plan, "--for", body).ExitCode);

        var text = File.ReadAllText(plan);
        Assert.Contains(line, text, StringComparison.Ordinal);
        Assert.Contains("  name: " + issuer, text, StringComparison.Ordinal);
        var validate = CliRun.Of("validate", plan, "--lang", "en");
        Assert.Equal(0, validate.ExitCode);
        Assert.Equal("1 plan valid, 0 warnings", validate.Error.Trim());
        var build = CliRun.Of("build", plan, "--lang", "en");
        Assert.Equal(0, build.ExitCode);
        Assert.Equal("1 plan built, 0 warnings", build.Error.Trim());
    }

    [Fact]
    public void Init_says_what_it_wrote_as_derive_does_with_the_path_and_what_to_do_next()
    {
        var plan = Path.Combine(_temp.Path, "Kế hoạch ATGT.yaml");

        var vi = CliRun.Of("init", plan, "--lang", "vi");
        var en = CliRun.Of("init", plan, "--force", "--lang", "en");

        Assert.Equal($"Đã ghi {plan}: bản nháp kế hoạch theo mẫu ke-hoach-atgt. Hãy sửa các dòng có TODO rồi chạy: plangen build {plan}", vi.Out.Trim());
        Assert.Equal($"Wrote {plan}: a starter plan on the ke-hoach-atgt template. Edit the lines marked TODO, then run: plangen build {plan}", en.Out.Trim());
    }

    [Theory]
    [InlineData("xã", "Ủy ban nhân dân xã")]
    [InlineData("Huyện", "Ủy ban nhân dân huyện")]
    [InlineData("trường", "Trường")]
    public void A_starter_may_be_asked_for_in_Vietnamese(string body, string issuer)
    {
        var plan = Path.Combine(_temp.Path, "ke-hoach.yaml");

        var run = CliRun.Of("init", plan, "--for", body, "--lang", "vi");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("  name: " + issuer, File.ReadAllText(plan), StringComparison.Ordinal);
    }

    [Fact]
    public void The_starters_are_listed_with_the_templates()
    {
        var run = CliRun.Of("templates", "list");

        Assert.Contains("--for commune", run.Out, StringComparison.Ordinal);
        Assert.Contains("district", run.Out, StringComparison.Ordinal);
        Assert.Contains("school", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_starter_a_template_does_not_have_is_refused_with_the_ones_it_has()
    {
        var run = CliRun.Of("init", Path.Combine(_temp.Path, "x.yaml"), "--template", "ke-hoach-thi-dua", "--for", "school", "--lang", "en");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error PG3009", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_temp.Path, "x.yaml")));
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
