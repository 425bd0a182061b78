using PlanGen.Core.Format;
using System.Text.Json;
using PlanGen.Core.Yaml;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Cli;

/// <summary>
/// Editing comfort: the schema describes every field in Vietnamese and English, is written with
/// <c>schema -o</c>, and the plans plangen writes name it on their first line.
/// </summary>
public sealed class SchemaEditingTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Every_field_of_the_schema_has_a_vietnamese_and_an_english_description()
    {
        var missing = new List<string>();
        Visit(JsonDocument.Parse(PlanSchema.Json).RootElement, "", missing);

        Assert.Empty(missing);
    }

    // Each property must say " / " between its Vietnamese and its English.
    private static void Visit(JsonElement element, string path, List<string> missing)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Visit(item, path, missing);
            }
            return;
        }
        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }
        if (element.TryGetProperty("properties", out var properties))
        {
            foreach (var property in properties.EnumerateObject())
            {
                if (!property.Value.TryGetProperty("description", out var description) || !description.GetString()!.Contains(" / ", StringComparison.Ordinal))
                {
                    missing.Add(path + "/" + property.Name);
                }
            }
        }
        foreach (var child in element.EnumerateObject())
        {
            Visit(child.Value, path + "/" + child.Name, missing);
        }
    }

    [Fact]
    public void Schema_is_written_to_a_file()
    {
        var path = Path.Combine(_temp.Path, "thư mục", PlanSchema.FileName);

        var run = CliRun.Of("schema", "-o", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(PlanSchema.Json, File.ReadAllText(path));
        Assert.Empty(Directory.EnumerateFiles(Path.GetDirectoryName(path)!, "*.tmp"));
    }

    [Fact]
    public void Init_writes_the_schema_line_first()
    {
        var plan = Path.Combine(_temp.Path, "ke-hoach.yaml");

        Assert.Equal(0, CliRun.Of("init", plan).ExitCode);

        Assert.StartsWith("# yaml-language-server: $schema=plan.schema.json\n", File.ReadAllText(plan), StringComparison.Ordinal);
    }

    [Fact]
    public void The_schema_line_is_added_once()
    {
        var once = PlanSchema.WithModeline("title: x\n");

        Assert.Equal("# yaml-language-server: $schema=plan.schema.json\ntitle: x\n", once);
        Assert.Equal(once, PlanSchema.WithModeline(once));
        Assert.StartsWith("# yaml-language-server: $schema=../schema/plan.schema.json\n", PlanSchema.WithModeline("a: b\n", @"..\schema\plan.schema.json"), StringComparison.Ordinal);
    }
}
