using System.Text.Json;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Hierarchy;

/// <summary><c>plangen coverage</c> over a small parent and the children derived from it.</summary>
public sealed class CoverageCommandTests : IDisposable
{
    private readonly CoverageScratch _temp = new();
    private readonly string _parent;

    public CoverageCommandTests()
    {
        _parent = _temp.Parent;
    }

    public void Dispose() => _temp.Dispose();

    private string Derive(string unit, string file) => _temp.Derive(unit, file);

    [Fact]
    public void All_led_tasks_taken_up_exits_zero()
    {
        var child = Derive("Sở GD&ĐT", "gddt.yaml");

        var run = CliRun.Of("coverage", _parent, child, "--lang", "en");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("I.1 ", run.Out, StringComparison.Ordinal);
        Assert.Contains("2 tasks; 2 with a lead unit; 2 fully taken up; 0 missing.", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_child_that_drops_a_task_shows_it_missing_and_exits_one()
    {
        var child = Derive("Sở GD&ĐT", "gddt.yaml");
        var text = File.ReadAllText(child);
        File.WriteAllText(child, text.Replace("parent_task: I.2", "parent_task: I.1", StringComparison.Ordinal));

        var run = CliRun.Of("coverage", _parent, child, "--lang", "en");

        Assert.Equal(1, run.ExitCode);
        var row = run.Out.Split('\n').Single(l => l.StartsWith("I.2 ", StringComparison.Ordinal));
        Assert.EndsWith("Sở Giáo dục và Đào tạo (skipped)", row, StringComparison.Ordinal);
    }

    [Fact]
    public void Lead_unit_without_a_plan_is_missing()
    {
        var run = CliRun.Of("coverage", _parent, "--format", "json");

        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.False(json.RootElement.GetProperty("allCovered").GetBoolean());
        var task = json.RootElement.GetProperty("tasks")[0];
        Assert.Equal("I.1", task.GetProperty("id").GetString());
        Assert.Equal("Cổng trường an toàn giao thông", task.GetProperty("content").GetString());
        Assert.Equal("Sở GD&ĐT", task.GetProperty("lead").GetString());
        var missing = Assert.Single(task.GetProperty("missing").EnumerateArray());
        Assert.Equal("Sở Giáo dục và Đào tạo", missing.GetProperty("unit").GetString());
        Assert.Equal("no-plan", missing.GetProperty("reason").GetString());
    }

    [Fact]
    public void Csv_has_a_header_and_one_row_per_task()
    {
        var child = Derive("Sở GD&ĐT", "gddt.yaml");

        var run = CliRun.Of("coverage", _parent, child, "--format", "csv");

        var lines = run.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("task,content,lead,taken_up_by,missing", lines[0]);
        Assert.Equal("I.1,Cổng trường an toàn giao thông,Sở GD&ĐT,Sở GD&ĐT,", lines[1]);
        Assert.Equal(3, lines.Length);
    }

    [Fact]
    public void Json_lists_the_children_and_who_took_each_task_up()
    {
        var gddt = Derive("Sở GD&ĐT", "gddt.yaml");
        var police = Derive("Công an tỉnh", "cong-an.yaml");

        var run = CliRun.Of("coverage", _parent, gddt, police, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(2, json.RootElement.GetProperty("children").GetArrayLength());
        var taken = json.RootElement.GetProperty("tasks")[1].GetProperty("takenUpBy").EnumerateArray().Select(e => e.GetString());
        Assert.Equal(["Sở GD&ĐT", "Công an tỉnh"], taken);
    }

    [Fact]
    public void Unknown_format_is_a_usage_error()
    {
        Assert.Equal(2, CliRun.Of("coverage", _parent, "--format", "xml").ExitCode);
    }

    [Fact]
    public void Lao_cai_example_shows_the_deliberate_gap_of_the_police_plan()
    {
        var folder = Path.Combine(TestPaths.Examples, "lao-cai-2024");

        var run = CliRun.Of("coverage", Path.Combine(folder, "ubnd-tinh-atgt-2024.yaml"), folder, "--lang", "en");

        var lines = run.Out.Split('\n');
        Assert.EndsWith("Công an tỉnh Lào Cai (skipped)", lines.Single(l => l.StartsWith("VI.2.1 ", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains("Sở GD&ĐT", lines.Single(l => l.StartsWith("III.2.4 ", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Equal("", run.Error);
    }
}
