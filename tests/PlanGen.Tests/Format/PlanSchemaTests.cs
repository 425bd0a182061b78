using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using PlanGen.Core.Format;
using PlanGen.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace PlanGen.Tests.Format;

/// <summary>
/// The JSON Schema made from the format's table is one an editor can use: every plan plangen
/// reads (the examples, the starters, the test fixtures) is valid by it, and the mistakes the
/// reader refuses are flagged by it too.
/// </summary>
public sealed class PlanSchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(PlanSchema.Json);

    public static TheoryData<string> Plans() =>
    [
        .. TestPaths.ExamplePlans(),
        .. Directory.EnumerateFiles(Path.Combine(TestPaths.Repository, "templates"), "starter.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal),
        .. Directory.EnumerateFiles(Path.Combine(TestPaths.Repository, "tests", "PlanGen.Tests", "Templating", "Fixtures"), "*.yaml").Order(StringComparer.Ordinal),
    ];

    [Theory]
    [MemberData(nameof(Plans))]
    public void Every_plan_plangen_reads_is_valid_by_the_schema(string path) =>
        Assert.True(IsValid(File.ReadAllText(path)), path);

    [Theory]
    [InlineData("level: xã", true)]
    [InlineData("level: trung ương", true)]
    [InlineData("level: commune", true)]
    [InlineData("level: làng", false)]
    [InlineData("levle: commune", false)]
    public void The_schema_accepts_the_words_the_reader_accepts_and_flags_the_others(string line, bool valid) =>
        Assert.Equal(valid, IsValid($"issuer:\n  name: Ủy ban nhân dân xã Tân Lập\n  code: UBND\n  place: Tân Lập\n  {line}\ntitle: Kế hoạch\n"));

    [Fact]
    public void A_body_written_as_parts_is_valid_and_a_part_key_misspelt_is_not()
    {
        const string Plan = "issuer: {name: UBND xã, code: UBND, place: Tân Lập, level: xã}\ntitle: Kế hoạch\nparts:\n  - kind: content\n    clauses: [Một.]\n";
        Assert.True(IsValid(Plan));
        Assert.False(IsValid(Plan.Replace("clauses", "clause", StringComparison.Ordinal)));
    }

    [Fact]
    public void Schema_command_prints_the_schema()
    {
        var run = CliRun.Of("schema");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(PlanSchema.Json, run.Out);
    }

    private static bool IsValid(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var json = JsonSerializer.SerializeToElement(Json(stream.Documents[0].RootNode));
        return Schema.Evaluate(json, new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid;
    }

    // Every scalar as text: the schema allows text wherever YAML may read a number or a date.
    private static JsonNode? Json(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(c => KeyValuePair.Create(((YamlScalarNode)c.Key).Value!, Json(c.Value)))),
        YamlSequenceNode list => new JsonArray([.. list.Children.Select(Json)]),
        _ => JsonValue.Create(((YamlScalarNode)node).Value),
    };
}
