using PlanGen.Core.Format;
using PlanGen.Core.Yaml;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Cli;

/// <summary>
/// The plans plangen writes name <c>plan.schema.json</c> on their first line; the same run puts
/// that file beside them, and never replaces a different one without saying so.
/// </summary>
public sealed class SchemaFileBesidePlanTests : IDisposable
{
    private readonly CoverageScratch _temp = new();

    public void Dispose() => _temp.Dispose();

    private static string SchemaIn(string folder) => Path.Combine(folder, PlanSchema.FileName);

    [Fact]
    public void Init_writes_the_schema_beside_the_plan()
    {
        var folder = Path.Combine(_temp.Path, "kế hoạch mới");
        var plan = Path.Combine(folder, "ke-hoach.yaml");

        var run = CliRun.Of("init", plan);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(PlanSchema.Json, File.ReadAllText(SchemaIn(folder)));
        Assert.Empty(Directory.EnumerateFiles(folder, "*.tmp"));
    }

    [Fact]
    public void Derive_writes_the_schema_beside_the_sub_plan()
    {
        var folder = Path.Combine(_temp.Path, "cấp dưới");

        var run = CliRun.Of("derive", _temp.Parent, "--unit", "Công an tỉnh", "-o", Path.Combine(folder, "ca.yaml"));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(PlanSchema.Json, File.ReadAllText(SchemaIn(folder)));
    }

    [Fact]
    public void All_units_writes_the_schema_once_into_the_folder()
    {
        var folder = Path.Combine(_temp.Path, "đơn vị");

        var run = CliRun.Of("derive", _temp.Parent, "--all-units", "-o", folder, "--lang", "en");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(PlanSchema.Json, File.ReadAllText(SchemaIn(folder)));
        Assert.DoesNotContain("PG4001", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_current_schema_is_left_alone_even_with_windows_line_ends()
    {
        var folder = Path.Combine(_temp.Path, "windows");
        Directory.CreateDirectory(folder);
        var crlf = "\uFEFF" + PlanSchema.Json.Replace("\n", "\r\n", StringComparison.Ordinal);
        File.WriteAllText(SchemaIn(folder), crlf);
        var before = File.ReadAllBytes(SchemaIn(folder));

        var run = CliRun.Of("init", Path.Combine(folder, "ke-hoach.yaml"), "--lang", "en");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(before, File.ReadAllBytes(SchemaIn(folder)));
        Assert.DoesNotContain("PG4035", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "is not the schema of this plangen; it was left as it is")]
    [InlineData("vi", "không phải lược đồ của phiên bản plangen này; tệp được giữ nguyên")]
    public void A_different_schema_is_kept_and_reported(string language, string message)
    {
        var folder = Path.Combine(_temp.Path, "riêng " + language);
        Directory.CreateDirectory(folder);
        const string own = "{ \"description\": \"lược đồ riêng của văn phòng\" }\n";
        File.WriteAllText(SchemaIn(folder), own);

        var run = CliRun.Of("init", Path.Combine(folder, "ke-hoach.yaml"), "--lang", language);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(own, File.ReadAllText(SchemaIn(folder)));
        Assert.Contains(language == "vi" ? "cảnh báo PG4035" : "warning PG4035", run.Error, StringComparison.Ordinal);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failed_plan_writes_no_schema()
    {
        var folder = Path.Combine(_temp.Path, "có sẵn");
        Directory.CreateDirectory(folder);
        var plan = Path.Combine(folder, "ke-hoach.yaml");
        File.WriteAllText(plan, "# của người dùng\n");

        var run = CliRun.Of("init", plan);

        Assert.Equal(1, run.ExitCode);
        Assert.False(File.Exists(SchemaIn(folder)));
    }
}
