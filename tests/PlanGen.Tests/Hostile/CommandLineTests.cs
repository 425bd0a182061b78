namespace PlanGen.Tests.Hostile;

/// <summary>
/// A wrong command line exits 2 and runs nothing: unknown options, empty paths, paths with a NUL.
/// Outputs are checked before anything is written: an output that is an input, a device, or one
/// shared by two plans is refused; <c>-o out/</c> is a folder.
/// </summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly HostileScratch _scratch = new();

    public void Dispose() => _scratch.Dispose();

    private string Docx(string name) => Path.Combine(_scratch.Folder, name);

    [Theory]
    [InlineData("--frobnicate")]
    [InlineData("-z")]
    [InlineData("--output-file")]
    public void An_unknown_option_exits_2_and_builds_nothing(string option)
    {
        var second = _scratch.File("second.yaml", _scratch.Text);
        var run = HostileScratch.Run("build", _scratch.Plan, option, second, "--lang", "en");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("PG1018", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.ChangeExtension(_scratch.Plan, ".docx")));
        Assert.False(File.Exists(Path.ChangeExtension(second, ".docx")));
    }

    public static TheoryData<string[]> UnusablePaths() => new()
    {
        new[] { "build", "" },
        new[] { "build", " " },
        new[] { "validate", "a\0b.yaml" },
        new[] { "build", "PLAN", "-o", "" },
        new[] { "build", "PLAN", "-o", "x\0.docx" },
        new[] { "init", "" },
        new[] { "templates", "export", "ke-hoach-atgt", "" },
        new[] { "derive", "PLAN", "--unit", "x", "-o", "" },
    };

    [Theory]
    [MemberData(nameof(UnusablePaths))]
    public void An_empty_path_or_one_with_a_NUL_exits_2(string[] args)
    {
        var run = HostileScratch.Run([.. args.Select(a => a == "PLAN" ? _scratch.Plan : a), "--lang", "en"]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("PG1016", run.Error, StringComparison.Ordinal);
        HostileScratch.AssertNoCrash(run);
        Assert.Empty(Directory.EnumerateFiles(_scratch.Folder, "*.docx"));
    }

    [Theory]
    [InlineData("parent", "\"\"", "PG1016")]
    [InlineData("parent", "\"a\\0b.yaml\"", "PG1102")]
    [InlineData("parent", "\" \"", "PG1016")]
    [InlineData("units", "\"\"", "PG1016")]
    [InlineData("units", "\"a\\0b.yaml\"", "PG1102")]
    public void An_empty_path_or_one_with_a_NUL_in_a_plan_is_an_error_at_its_place(string key, string value, string code)
    {
        var plan = _scratch.WithLine("p.yaml", key, key + ": " + value);
        var run = HostileScratch.Run("validate", plan, "--lang", "en");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("p.yaml(", run.Error, StringComparison.Ordinal);
        Assert.Contains(code, run.Error, StringComparison.Ordinal);
        HostileScratch.AssertNoCrash(run);
    }

    [Fact]
    public void An_output_that_is_the_input_is_refused_and_the_plan_kept()
    {
        var run = HostileScratch.Run("build", _scratch.Plan, "-o", _scratch.Plan, "--lang", "en");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("PG4006", run.Error, StringComparison.Ordinal);
        Assert.Equal(_scratch.Text, File.ReadAllText(_scratch.Plan));
    }

    [Fact]
    public void An_output_that_is_the_profile_is_refused()
    {
        var profile = _scratch.File("profile.yaml", "body_size_pt: 14\n");
        var run = HostileScratch.Run("build", _scratch.Plan, "--profile", profile, "-o", profile, "--lang", "en");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("PG4006", run.Error, StringComparison.Ordinal);
        Assert.Equal("body_size_pt: 14\n", File.ReadAllText(profile));
    }

    [Fact]
    public void An_output_that_is_a_device_is_not_replaced()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }
        var run = HostileScratch.Run("build", _scratch.Plan, "-o", "/dev/null", "--lang", "en");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("PG4007", run.Error, StringComparison.Ordinal);
        Assert.True((File.GetAttributes("/dev/null") & FileAttributes.Directory) == 0);
    }

    [Fact]
    public void Two_plans_that_would_write_one_output_are_both_refused()
    {
        var a = _scratch.File("A/plan.yaml", _scratch.Text);
        var b = _scratch.File("B/plan.yaml", _scratch.Text);
        var other = _scratch.File("C/other.yaml", _scratch.Text);
        var output = Docx("out");
        var run = HostileScratch.Run("build", a, b, other, "-o", output, "--lang", "en");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(2, run.Error.Split('\n').Count(l => l.Contains("PG4008", StringComparison.Ordinal)));
        Assert.False(File.Exists(Path.Combine(output, "plan.docx")));
        Assert.True(File.Exists(Path.Combine(output, "other.docx")));
    }

    [Theory]
    [InlineData("out/")]
    [InlineData("nested/out/")]
    public void An_output_ending_in_a_separator_is_a_folder_for_one_plan(string output)
    {
        var folder = Path.Combine(_scratch.Folder, output.Replace('/', Path.DirectorySeparatorChar));
        var run = HostileScratch.Run("build", _scratch.Plan, "-o", folder);
        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(Path.Combine(folder, "min.docx")));
    }
}
