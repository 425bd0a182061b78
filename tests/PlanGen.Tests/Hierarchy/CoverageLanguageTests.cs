using System.Text.Json;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Hierarchy;

/// <summary>The words a clerk reads in the coverage table and CSV follow the language; JSON keys stay English.</summary>
public sealed class CoverageLanguageTests : IDisposable
{
    private readonly CoverageScratch _temp = new();
    private readonly string _parent;

    public CoverageLanguageTests()
    {
        _parent = _temp.Parent;
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Table_headers_and_reasons_are_vietnamese_under_lang_vi()
    {
        var run = CliRun.Of("coverage", _parent, "--lang", "vi");

        var lines = run.Out.Split('\n');
        Assert.Equal(["Nhiệm vụ", "Nội dung", "Đơn vị chủ trì", "Đã triển khai", "Chưa triển khai"], lines[1].Split(" | ").Select(c => c.Trim()));
        Assert.EndsWith("Sở Giáo dục và Đào tạo (chưa có kế hoạch)", lines.Single(l => l.StartsWith("I.1 ", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public void Table_headers_are_english_under_lang_en()
    {
        var run = CliRun.Of("coverage", _parent, "--lang", "en");

        Assert.Equal(["Task", "Content", "Lead", "Taken up by", "Missing"], run.Out.Split('\n')[1].Split(" | ").Select(c => c.Trim()));
    }

    [Fact]
    public void Csv_header_and_reasons_are_vietnamese_under_lang_vi()
    {
        var run = CliRun.Of("coverage", _parent, "--format", "csv", "--lang", "vi");

        var lines = run.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Mã nhiệm vụ,Nội dung,Đơn vị chủ trì,Đã triển khai (kế hoạch),Chưa triển khai", lines[0]);
        Assert.EndsWith(",Sở Giáo dục và Đào tạo (chưa có kế hoạch)", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_header_and_reason_codes_stay_english_under_lang_en()
    {
        var run = CliRun.Of("coverage", _parent, "--format", "csv", "--lang", "en");

        var lines = run.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("task,content,lead,taken_up_by,missing", lines[0]);
        Assert.EndsWith(",Sở Giáo dục và Đào tạo (no-plan)", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Json_keys_and_reason_codes_stay_english_under_lang_vi()
    {
        var run = CliRun.Of("coverage", _parent, "--format", "json", "--lang", "vi");

        using var json = JsonDocument.Parse(run.Out);
        var missing = json.RootElement.GetProperty("tasks")[0].GetProperty("missing")[0];
        Assert.Equal("no-plan", missing.GetProperty("reason").GetString());
    }

    [Fact]
    public void Text_format_with_output_writes_the_file_and_refuses_to_overwrite_it()
    {
        var output = _temp.File("coverage.csv");

        var first = CliRun.Of("coverage", _parent, "--format", "csv", "--lang", "vi", "-o", output);
        var second = CliRun.Of("coverage", _parent, "--format", "csv", "--lang", "en", "-o", output);

        Assert.Equal(output + "\n", first.Out.ReplaceLineEndings("\n"));
        Assert.StartsWith("Mã nhiệm vụ,", File.ReadAllText(output), StringComparison.Ordinal);
        Assert.Contains("error PG4001", second.Error, StringComparison.Ordinal);
        Assert.Equal(1, second.ExitCode);
    }
}
