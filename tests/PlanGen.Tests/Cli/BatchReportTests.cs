using System.Text.Json;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Cli;

/// <summary>What a batch prints: a cut of repeated warnings, every error, progress only on a terminal, one summary line.</summary>
public sealed class BatchReportTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private const string ValidPlan = TestPlans.Complete;

    // "Bảo" with its hook above written as a combining mark: PG1101, a warning, once per plan.
    private static readonly string WarningPlan = ValidPlan.Replace("Bảo đảm", "Ba\u0309o đảm", StringComparison.Ordinal);

    // A plan that builds with no warning.
    private static readonly string BuildablePlan = File.ReadAllText(ExampleBuilds.PathOf("binh-phuoc-2020/so-tttt-thi-dua-2020.yaml"));

    private string[] Plans(int count, string text, string prefix = "plan") =>
        [.. Enumerable.Range(1, count).Select(i => _temp.File($"{prefix}{i:D2}.yaml", text))];

    private static string[] Lines(CliRun run) => run.Error.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');

    [Fact]
    public void Validate_counts_valid_plans_and_warnings_in_english()
    {
        var run = CliRun.Of(["validate", .. Plans(2, ValidPlan), _temp.File("w.yaml", WarningPlan), "--lang", "en"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("3 plans valid, 1 warning", Lines(run)[^1]);
    }

    [Fact]
    public void Validate_speaks_vietnamese_with_lang_vi_and_counts_plans_with_errors()
    {
        var run = CliRun.Of(["validate", .. Plans(2, WarningPlan), _temp.File("bad.yaml", ValidPlan + "\ndate: 2024-13-01\n"), "--lang", "vi"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("2 kế hoạch hợp lệ; 1 văn bản có lỗi; 2 cảnh báo", Lines(run)[^1]);
    }

    [Theory]
    [InlineData("en", "validate", "1 plan and 2 reports valid, 0 warnings")]
    [InlineData("vi", "validate", "1 kế hoạch và 2 báo cáo hợp lệ; 0 cảnh báo")]
    [InlineData("en", "build", "1 plan and 2 reports built, 0 warnings")]
    [InlineData("vi", "build", "Đã tạo 1 kế hoạch và 2 báo cáo; 0 cảnh báo")]
    public void Plans_and_reports_are_counted_each_by_its_kind(string language, string command, string summary)
    {
        var laoCai = Path.Combine(TestPaths.Examples, "lao-cai-2024");
        var run = CliRun.Of([command, _temp.File("plan.yaml", BuildablePlan), Path.Combine(laoCai, "bc-cong-an-tinh-6-thang-2024.yaml"),
            Path.Combine(laoCai, "bc-so-gddt-6-thang-2024.yaml"), .. command == "build" ? new[] { "-o", _temp.Path } : [], "--lang", language]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(summary, Lines(run)[^1]);
    }

    [Theory]
    [InlineData("en", "1 plan, 1 submission, 1 notice, 1 decision and 1 letter valid, 0 warnings")]
    [InlineData("vi", "1 kế hoạch, 1 tờ trình, 1 thông báo, 1 quyết định và 1 công văn hợp lệ; 0 cảnh báo")]
    public void Every_type_of_the_family_is_counted_by_its_own_name(string language, string summary)
    {
        var run = CliRun.Of("validate", Path.Combine(TestPaths.Examples, "khanh-hoa-2021"), "--lang", language);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(summary, Lines(run)[^1]);
    }

    [Fact]
    public void A_run_of_reports_alone_counts_reports()
    {
        var run = CliRun.Of("validate", Path.Combine(TestPaths.Examples, "lao-cai-2024", "bc-so-gddt-6-thang-2024.yaml"), "--lang", "en");

        Assert.Equal("1 report valid, 0 warnings", Lines(run)[^1]);
    }

    [Fact]
    public void A_warning_repeated_across_many_plans_is_shown_ten_times_then_counted()
    {
        var run = CliRun.Of(["validate", .. Plans(12, WarningPlan), "--lang", "en"]);

        var lines = Lines(run);
        Assert.Equal(10, lines.Count(l => l.Contains("warning PG1101", StringComparison.Ordinal)));
        Assert.Contains("PG1101 ×12 in 12 plans; the first 10 shown; --verbose for all", lines);
        Assert.Equal("12 plans valid, 12 warnings", lines[^1]);
    }

    [Fact]
    public void Verbose_shows_every_repeated_warning()
    {
        var run = CliRun.Of(["validate", .. Plans(12, WarningPlan), "--lang", "en", "--verbose"]);

        Assert.Equal(12, Lines(run).Count(l => l.Contains("warning PG1101", StringComparison.Ordinal)));
        Assert.DoesNotContain(Lines(run), l => l.Contains("--verbose", StringComparison.Ordinal));
    }

    [Fact]
    public void Errors_are_never_cut()
    {
        var run = CliRun.Of(["validate", .. Plans(12, ValidPlan + "\ndate: 2024-13-01\n"), "--lang", "en"]);

        Assert.Equal(12, Lines(run).Count(l => l.Contains("error PG2001", StringComparison.Ordinal)));
        Assert.Equal("0 plans valid, 12 with errors, 0 warnings", Lines(run)[^1]);
    }

    [Fact]
    public void Quiet_keeps_only_errors()
    {
        var run = CliRun.Of(["validate", .. Plans(3, WarningPlan), _temp.File("bad.yaml", ValidPlan + "\ndate: 2024-13-01\n"), "-q", "--lang", "en"]);

        var lines = Lines(run);
        Assert.All(lines, l => Assert.True(l.Contains(": error PG2001", StringComparison.Ordinal) || l.StartsWith("    hint:", StringComparison.Ordinal), l));
        Assert.Contains(lines, l => l.Contains(": error PG2001", StringComparison.Ordinal));
    }

    [Fact]
    public void Json_diagnostics_have_no_summary_prose()
    {
        var run = CliRun.Of(["validate", .. Plans(12, WarningPlan), "--diagnostics", "json"]);

        using var json = JsonDocument.Parse(run.Error);
        Assert.Equal(12, json.RootElement.GetArrayLength());
    }

    [Fact]
    public void A_build_on_a_terminal_shows_progress_and_a_timed_summary()
    {
        var folder = Path.Combine(_temp.Path, "out");

        var run = CliRun.OnTerminal(["build", .. Plans(3, BuildablePlan), "-o", folder, "--lang", "en"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\r3/3 plans · ", run.Error, StringComparison.Ordinal);
        Assert.Matches(@"\n?3 plans built, 0 warnings, \d+\.\d s\n$", run.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_build_with_stderr_redirected_shows_no_progress_and_no_time()
    {
        var folder = Path.Combine(_temp.Path, "out");

        var run = CliRun.Of(["build", .. Plans(2, BuildablePlan), _temp.File("bad.yaml", "title: [\n"), "-o", folder, "--lang", "en"]);

        Assert.DoesNotContain("\r", run.Error.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Equal("2 plans built, 1 failed, 0 warnings", Lines(run)[^1]);
    }

    [Fact]
    public void Quiet_build_on_a_terminal_shows_no_progress()
    {
        var run = CliRun.OnTerminal(["build", .. Plans(3, BuildablePlan), "-o", Path.Combine(_temp.Path, "out"), "-q"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Equal("", run.Out);
        Assert.Equal(3, Directory.GetFiles(Path.Combine(_temp.Path, "out"), "*.docx").Length);
    }
}
