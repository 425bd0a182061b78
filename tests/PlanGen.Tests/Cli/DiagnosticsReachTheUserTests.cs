using PlanGen.Tests.Support;

namespace PlanGen.Tests.Cli;

/// <summary>
/// Every command that reads input shows what reading it found: no stage keeps its findings to
/// itself. Each test triggers one reading diagnostic and looks for it where the user looks, on
/// standard error.
/// </summary>
public sealed class DiagnosticsReachTheUserTests : IDisposable
{
    private readonly CoverageScratch _scratch = new();

    public void Dispose() => _scratch.Dispose();

    // Every "ả" written as "a" and a combining hook above: read, normalised, and reported as PG1101.
    private static string Decomposed(string text) => text.Replace("ả", "a\u0309", StringComparison.Ordinal);

    private const string Plan = TestPlans.IssuerAndTitle;

    [Fact]
    public void Validate_reports_a_missing_units_file()
    {
        var run = CliRun.Of("validate", _scratch.File("plan.yaml", Plan + "\nunits: nowhere.yaml\n"), "--lang", "en");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error PG2014: The units file 'nowhere.yaml' was not found.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_reports_a_reading_warning_and_still_builds()
    {
        var plan = _scratch.Derive("Sở GD&ĐT", "gddt.yaml");
        File.WriteAllText(plan, Decomposed(File.ReadAllText(plan)));

        var run = CliRun.Of("build", plan, "--lang", "en");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(plan + "(", run.Error, StringComparison.Ordinal);
        Assert.Contains("warning PG1101", run.Error, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.ChangeExtension(plan, ".docx")));
    }

    [Fact]
    public void Build_reports_what_is_wrong_in_the_profile_file()
    {
        var profile = _scratch.File("profile.yaml", "body_size_pt: [13]\n");

        var run = CliRun.Of("build", _scratch.File("plan.yaml", Plan), "--profile", profile, "--lang", "en");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(profile + "(1,", run.Error, StringComparison.Ordinal);
        Assert.Contains("error PG", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Derive_passes_on_the_warnings_of_the_parent()
    {
        File.WriteAllText(_scratch.Parent, Decomposed(File.ReadAllText(_scratch.Parent)));

        var run = CliRun.Of("derive", _scratch.Parent, "--unit", "Sở GD&ĐT", "-o", _scratch.File("child.yaml"), "--lang", "en");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(_scratch.Parent + "(9,8): warning PG1101", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Coverage_over_an_empty_folder_reports_it_as_validate_does()
    {
        var empty = Path.Combine(_scratch.Path, "empty");
        Directory.CreateDirectory(empty);

        var coverage = CliRun.Of("coverage", _scratch.Parent, empty, "--lang", "en");
        var validate = CliRun.Of("validate", empty, "--lang", "en");

        Assert.Equal(1, coverage.ExitCode);
        var line = Assert.Single(validate.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.Contains("PG4004", StringComparison.Ordinal));
        Assert.Contains(line, coverage.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Coverage_reports_the_reading_warnings_of_a_child()
    {
        var child = _scratch.Derive("Sở GD&ĐT", "gddt.yaml");
        File.WriteAllText(child, Decomposed(File.ReadAllText(child)));

        var run = CliRun.Of("coverage", _scratch.Parent, child, "--lang", "en");

        Assert.Contains(child + "(", run.Error, StringComparison.Ordinal);
        Assert.Contains("warning PG1101", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Coverage_reports_the_missing_units_file_of_the_parent()
    {
        File.AppendAllText(_scratch.Parent, "units: nowhere.yaml\n");

        var run = CliRun.Of("coverage", _scratch.Parent, "--lang", "en");

        Assert.Contains("error PG2014: The units file 'nowhere.yaml' was not found.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Templates_export_reports_an_unknown_template()
    {
        var run = CliRun.Of("templates", "export", "no-such-template", Path.Combine(_scratch.Path, "out"), "--lang", "en");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error PG3001: Template 'no-such-template' was not found.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Init_reports_an_unknown_template()
    {
        var run = CliRun.Of("init", _scratch.File("new.yaml"), "--template", "no-such-template", "--lang", "en");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error PG3001: Template 'no-such-template' was not found.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Templates_list_and_schema_read_no_input_and_report_nothing()
    {
        var list = CliRun.Of("templates", "list");
        var schema = CliRun.Of("schema");

        Assert.Equal((0, ""), (list.ExitCode, list.Error));
        Assert.Equal((0, ""), (schema.ExitCode, schema.Error));
    }
}
