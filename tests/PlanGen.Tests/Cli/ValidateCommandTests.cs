using System.Text.Json;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Cli;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private const string ValidPlan = TestPlans.Complete;

    // The line of a field appended to the valid plan after a line break.
    private static readonly int AppendedLine = ValidPlan.Split('\n').Length + 1;

    [Fact]
    public void Valid_plan_exits_zero_and_prints_only_the_summary_line()
    {
        var run = CliRun.Of("validate", _temp.File("plan.yaml", ValidPlan), "--lang", "en");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("1 plan valid, 0 warnings\n", run.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Plan_with_an_error_exits_one_with_a_compiler_style_line()
    {
        var path = _temp.File("plan.yaml", ValidPlan + "\ndate: 2024-13-01\n");

        var run = CliRun.Of("validate", path, "--lang", "en");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith(path + $"({AppendedLine},7): error PG2001: '2024-13-01' is not a valid date.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Warnings_alone_keep_exit_code_zero()
    {
        var run = CliRun.Of("validate", _temp.File("plan.yaml", ValidPlan.Replace("Bảo đảm", "Ba\u0309o đảm", StringComparison.Ordinal)));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("warning PG1101", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Messages_are_vietnamese_with_lang_vi()
    {
        var run = CliRun.Of("validate", _temp.File("plan.yaml", ValidPlan + "\nnumber: 0\n"), "--lang", "vi");

        Assert.Contains("'0' không phải số của văn bản hợp lệ.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_diagnostics_carry_code_severity_message_and_range()
    {
        var path = _temp.File("plan.yaml", ValidPlan + "\nnumber: x1\n");

        var run = CliRun.Of("validate", path, "--diagnostics", "json", "--lang", "en");

        using var json = JsonDocument.Parse(run.Error);
        var item = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("PG2002", item.GetProperty("code").GetString());
        Assert.Equal("error", item.GetProperty("severity").GetString());
        Assert.Equal("'x1' is not a valid document number.", item.GetProperty("message").GetString());
        Assert.Equal(path, item.GetProperty("file").GetString());
        Assert.Equal(AppendedLine, item.GetProperty("line").GetInt32());
        Assert.Equal(9, item.GetProperty("column").GetInt32());
        Assert.Equal(AppendedLine, item.GetProperty("endLine").GetInt32());
        Assert.Equal(11, item.GetProperty("endColumn").GetInt32());
        Assert.True(item.TryGetProperty("hint", out _));
    }

    [Fact]
    public void Json_diagnostics_of_several_plans_are_one_array()
    {
        var first = _temp.File("a.yaml", ValidPlan + "\nnumber: x1\n");
        var second = _temp.File("b.yaml", ValidPlan + "\ndate: 2024-13-01\n");

        var run = CliRun.Of("validate", first, second, "--diagnostics", "json");

        using var json = JsonDocument.Parse(run.Error);
        Assert.Equal([first, second], json.RootElement.EnumerateArray().Select(d => d.GetProperty("file").GetString()));
    }

    [Fact]
    public void Wrong_command_line_exits_two()
    {
        Assert.Equal(2, CliRun.Of("validate").ExitCode);
        Assert.Equal(2, CliRun.Of("validate", "x.yaml", "--lang", "fr").ExitCode);
        Assert.Equal(2, CliRun.Of("frobnicate").ExitCode);
    }

    [Fact]
    public void One_bad_plan_among_good_ones_fails_the_run_but_all_are_checked()
    {
        var good = _temp.File("a.yaml", ValidPlan);
        var bad = _temp.File("b.yaml", "title: [");

        var run = CliRun.Of("validate", good, bad, good);

        Assert.Equal(1, run.ExitCode);
        Assert.Single(run.Error.Split('\n'), l => l.Contains("error PG1001", StringComparison.Ordinal));
    }

    [Fact]
    public void Folder_argument_checks_every_plan_in_it_but_not_units_yaml()
    {
        _temp.File("plans/a.yaml", ValidPlan);
        _temp.File("plans/units.yaml", "units: []\n");

        var run = CliRun.Of("validate", Path.Combine(_temp.Path, "plans"));

        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void Empty_folder_is_an_error()
    {
        Directory.CreateDirectory(Path.Combine(_temp.Path, "none"));

        var run = CliRun.Of("validate", Path.Combine(_temp.Path, "none"), "--lang", "en");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("PG4004", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_files_never_print_a_stack_trace()
    {
        var files = new[]
        {
            _temp.File("tag.yaml", "title: !!python/object/apply:os.system [ls]\n"),
            _temp.File("bomb.yaml", "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + string.Concat(Enumerable.Range(1, 8).Select(i => $"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat(i == 1 ? "*a" : $"*a{i - 1}", 10))}]\n"))),
            _temp.File("tabs.yaml", "title:\n\t- x\n"),
        };

        var run = CliRun.Of(["validate", .. files]);

        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.Equal(3, run.Error.Split('\n').Count(l => l.Contains(": error PG", StringComparison.Ordinal)));
    }
}
