using System.Text.Json;
using PlanGen.Core.Yaml;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Yaml;

/// <summary>The JSON Schema editors use names exactly the keys the reader accepts, so the two cannot drift apart.</summary>
public sealed class PlanSchemaTests
{
    private static readonly JsonElement Schema = JsonDocument.Parse(PlanSchema.Json).RootElement;

    private static JsonElement Definition(string name) => name == "" ? Schema : Schema.GetProperty("$defs").GetProperty(name);

    private static IEnumerable<string> Properties(JsonElement definition)
    {
        // A section, bullet or assignment is "a string or an object": the object carries the keys.
        if (definition.TryGetProperty("oneOf", out var choices))
        {
            definition = choices.EnumerateArray().Single(c => c.TryGetProperty("properties", out _));
        }
        return definition.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal);
    }

    public static TheoryData<string, string[]> Definitions() => new()
    {
        { "", PlanReader.RootKeys },
        { "issuer", PlanReader.IssuerKeys },
        { "recipient", PlanReader.RecipientKeys },
        { "citation", CitationReader.CitationKeys },
        { "parent", CitationReader.ParentKeys },
        { "section", SectionReader.SectionKeys },
        { "bullet", SectionReader.BulletKeys },
        { "assignment", SectionReader.AssignmentKeys },
        { "appendix", AppendixReader.AppendixKeys },
        { "group", AppendixReader.GroupKeys },
        { "task", AppendixReader.TaskKeys },
        { "signature", SignatureReader.Keys },
    };

    [Theory]
    [MemberData(nameof(Definitions))]
    public void Schema_names_exactly_the_keys_the_reader_accepts(string definition, string[] keys) =>
        Assert.Equal(keys.Order(StringComparer.Ordinal), Properties(Definition(definition)));

    [Fact]
    public void Schema_command_prints_the_schema()
    {
        var run = CliRun.Of("schema");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(PlanSchema.Json, run.Out);
    }
}
