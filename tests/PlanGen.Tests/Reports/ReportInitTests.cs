using PlanGen.Core.Format;
using PlanGen.Core;
using PlanGen.Core.Build;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Model;
using PlanGen.Core.Reports;
using PlanGen.Docx;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Reports;

/// <summary>
/// <c>plangen report init</c> on the Lào Cai plan: the skeleton names every task the unit leads or
/// supports, the figures units.yaml says it owns, the window and due date of the period, and it
/// validates without errors and builds as it is; a unit or period it cannot know writes nothing.
/// </summary>
public sealed class ReportInitTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string _plan;

    public ReportInitTests()
    {
        foreach (var name in new[] { "ubnd-tinh-atgt-2024.yaml", "units.yaml" })
        {
            File.Copy(Path.Combine(TestPaths.Examples, "lao-cai-2024", name), _folder.File(name));
        }
        _plan = _folder.File("ubnd-tinh-atgt-2024.yaml");
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_skeleton_validates_without_errors_and_builds()
    {
        var run = CliRun.Of("report", "init", _plan, "--unit", "Công an tỉnh", "--period", "2024-6m", "--lang", "en");

        Assert.Equal(0, run.ExitCode);
        var path = _folder.File("bc-cong-an-tinh-2024-6m.yaml");
        Assert.Equal($"Wrote {path}: 30 tasks; figures from 15/12/2023 to 14/06/2024; due 19/06/2024.", run.Out.Trim());
        var bag = new DiagnosticBag();
        var rendered = PlanBuild.Check(TestRun.New(), path, null, bag);
        Assert.NotNull(rendered);
        Assert.DoesNotContain(bag.Items, d => d.Severity == Severity.Error);
        // What a person must still write is what the warnings list: the TODOs, the led tasks' statuses, the counts.
        Assert.All(bag.Items, d => Assert.Contains(d.Code, new[] { DiagnosticCode.LeftoverTodo, DiagnosticCode.LedTaskWithoutStatus, DiagnosticCode.FigureWithoutValue }));
        Assert.Equal(20, bag.Items.Count(d => d.Code == DiagnosticCode.LedTaskWithoutStatus));
        Assert.Equal(3, bag.Items.Count(d => d.Code == DiagnosticCode.FigureWithoutValue));
    }

    [Fact]
    public void The_skeleton_holds_the_units_header_the_plan_and_each_of_its_tasks()
    {
        var started = ReportStarter.Start(TestRun.New(), _plan, "Sở GD&ĐT", ReportPeriods.Parse("2024-q2")!, null, new DiagnosticBag());

        Assert.NotNull(started);
        Assert.Equal(["I.4", "III.2.1", "III.2.2", "III.2.3", "III.2.4", "V.4", "VIII.3"], started.Tasks);
        Assert.Equal((new DateOnly(2024, 3, 15), new DateOnly(2024, 6, 14), new DateOnly(2024, 6, 19)), (started.Window.From, started.Window.To, started.Due));
        Assert.Contains("reports_on: ubnd-tinh-atgt-2024.yaml\n", started.Yaml, StringComparison.Ordinal);
        Assert.Contains("period: 2024-q2\n", started.Yaml, StringComparison.Ordinal);
        Assert.Contains("to: Ủy ban nhân dân tỉnh Lào Cai\n", started.Yaml, StringComparison.Ordinal);
        Assert.Contains("title: Kết quả quý II năm 2024 thực hiện Kế hoạch bảo đảm an toàn giao thông năm 2024\n", started.Yaml, StringComparison.Ordinal);
        Assert.Contains("  # III.2.4 (chủ trì / lead): Cổng trường an toàn giao thông — Thời gian / timeline: Tổng rà soát trong Quý I/2024 và duy trì thường xuyên\n  - task: III.2.4\n", started.Yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("figures:", started.Yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void The_example_report_speaks_of_tasks_its_skeleton_names()
    {
        var started = ReportStarter.Start(TestRun.New(), _plan, "Công an tỉnh", ReportPeriods.Parse("2024-6m")!, null, new DiagnosticBag())!;
        var report = (Report)DocumentPipeline.Check(TestRun.New(), Path.Combine(TestPaths.Examples, "lao-cai-2024", "bc-cong-an-tinh-6-thang-2024.yaml"), new DiagnosticBag())!;

        Assert.Subset(started.Tasks.ToHashSet(), report.Tasks.Select(t => t.TaskId).ToHashSet());
    }

    [Fact]
    public void An_unknown_unit_writes_nothing_and_names_the_closest()
    {
        var run = CliRun.Of("report", "init", _plan, "--unit", "Sở Giáo dục", "--period", "2024-6m", "--lang", "en");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("PG2116", run.Error, StringComparison.Ordinal);
        Assert.Equal(2, Directory.GetFiles(_folder.Path).Length);
    }

    [Fact]
    public void Init_with_the_report_template_points_to_report_init()
    {
        var run = CliRun.Of("init", _folder.File("bao-cao.yaml"), "--template", "bao-cao", "--lang", "en");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("PG3008", run.Error, StringComparison.Ordinal);
        Assert.Contains("plangen report init", run.Error, StringComparison.Ordinal);
        Assert.Equal(2, Directory.GetFiles(_folder.Path).Length);
    }

    [Theory]
    [InlineData("vi", "'2024-7m' không phải kỳ báo cáo", "is not a reporting period")]
    [InlineData("en", "'2024-7m' is not a reporting period", "không phải kỳ báo cáo")]
    public void A_period_that_does_not_parse_is_a_command_line_error_in_the_runs_language_only(string language, string message, string otherLanguage)
    {
        var run = CliRun.Of("report", "init", _plan, "--unit", "Công an tỉnh", "--period", "2024-7m", "--lang", language);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(otherLanguage, run.Error, StringComparison.Ordinal);
        Assert.Equal(2, Directory.GetFiles(_folder.Path).Length);
    }
}
