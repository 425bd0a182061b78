using System.Text.Json;
using Json.Schema;
using PlanGen.Core.Handoff;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Handoff;

/// <summary>
/// <c>build --metadata</c> without a PDF: NAME.meta.json beside the DOCX, valid against the schema
/// <c>plangen schema --metadata</c> prints, the recipients with their units.yaml ids, the page count
/// left unknown, and the same bytes on every build. The page count from a PDF is in PdfOutputTests.
/// </summary>
public sealed class MetadataTests
{
    internal static readonly JsonSchema Schema = JsonSchema.FromText(MetadataSchema.Json);

    [Fact]
    public void Build_metadata_writes_the_e_office_fields_beside_the_DOCX_valid_against_the_shipped_schema()
    {
        using var temp = new TempFolder();
        var docx = Path.Combine(temp.Path, "so-gddt.docx");

        var run = CliRun.Of("build", ExampleBuilds.PathOf("lao-cai-2024/so-gddt.yaml"), "-o", docx, "--metadata");

        Assert.True(run.ExitCode == 0, run.Error);
        var text = File.ReadAllText(Path.Combine(temp.Path, "so-gddt.meta.json"));
        AssertValid(text);
        using var json = JsonDocument.Parse(text);
        var root = json.RootElement;
        Assert.Equal("KH", root.GetProperty("type").GetString());
        Assert.Equal("Kế hoạch", root.GetProperty("type_name").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("pages").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("pdf").ValueKind);
        Assert.Equal("so-gddt.docx", root.GetProperty("docx").GetString());
        Assert.Equal("vi", root.GetProperty("language").GetString());
        var recipients = root.GetProperty("recipients").EnumerateArray().ToDictionary(r => r.GetProperty("name").GetString()!, r => r.GetProperty("unit").GetString());
        Assert.Equal("ubnd-tinh", recipients["UBND tỉnh (b/c)"]);
        Assert.Equal("cong-an-tinh", recipients["Công an tỉnh"]);
        Assert.Null(recipients["Lãnh đạo Sở"]);
    }

    [Theory]
    [InlineData("cv-trien-khai-ke-hoach", "CV", "Công văn", "1520/UBND")]
    [InlineData("qd-665-ubnd", "QĐ", "Quyết định", "665/QĐ-UBND")]
    [InlineData("tt-39-batgt", "TTr", "Tờ trình", "39/TTr-BATGT")]
    public void Every_type_of_the_family_is_named_in_the_metadata_by_its_name(string example, string type, string name, string code)
    {
        using var temp = new TempFolder();
        var docx = Path.Combine(temp.Path, example + ".docx");

        var run = CliRun.Of("build", ExampleBuilds.PathOf("khanh-hoa-2021/" + example + ".yaml"), "-o", docx, "--metadata");

        Assert.True(run.ExitCode == 0, run.Error);
        var text = File.ReadAllText(Path.Combine(temp.Path, example + ".meta.json"));
        AssertValid(text);
        using var json = JsonDocument.Parse(text);
        Assert.Equal(type, json.RootElement.GetProperty("type").GetString());
        Assert.Equal(name, json.RootElement.GetProperty("type_name").GetString());
        Assert.Equal(code, json.RootElement.GetProperty("code").GetString());
    }

    [Fact]
    public void The_metadata_is_the_same_bytes_on_every_build_and_names_the_number_and_signer()
    {
        using var temp = new TempFolder();
        var docx = Path.Combine(temp.Path, "plan.docx");
        var meta = Path.Combine(temp.Path, "plan.meta.json");
        var plan = ExampleBuilds.PathOf("lao-cai-2024/ubnd-tinh-atgt-2024.yaml");

        Assert.Equal(0, CliRun.Of("build", plan, "-o", docx, "--metadata").ExitCode);
        var first = File.ReadAllBytes(meta);
        Assert.Equal(0, CliRun.Of("build", plan, "-o", docx, "--metadata").ExitCode);

        Assert.Equal(first, File.ReadAllBytes(meta));
        using var json = JsonDocument.Parse(first);
        Assert.Equal("68/KH-UBND", json.RootElement.GetProperty("code").GetString());
        Assert.Equal("2024-01-31", json.RootElement.GetProperty("date").GetString());
        Assert.Equal("Nguyễn Trọng Hài", json.RootElement.GetProperty("signer_name").GetString());
        Assert.Empty(Directory.GetFiles(temp.Path, "*.tmp"));
    }

    [Fact]
    public void Schema_metadata_prints_the_schema_the_files_are_checked_against()
    {
        var run = CliRun.Of("schema", "--metadata");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(MetadataSchema.Json, run.Out);
        Assert.False(Schema.Evaluate(JsonDocument.Parse("{\"type\": \"KH\"}").RootElement).IsValid);
    }

    internal static void AssertValid(string json)
    {
        var result = Schema.Evaluate(JsonDocument.Parse(json).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => d.InstanceLocation + ": " + e.Value))));
    }
}
