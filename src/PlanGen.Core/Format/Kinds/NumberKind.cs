using System.Globalization;
using PlanGen.Core.Model;
using PlanGen.Core.Yaml;

namespace PlanGen.Core.Format.Kinds;

/// <summary>Số — a document's registry number: a positive whole number.</summary>
internal sealed class NumberKind : ValueKind<DocumentNumber>
{
    public static NumberKind Instance { get; } = new();

    public override string Word => "whole number";

    public override DocumentNumber? Read(MapLoader map, string key) => ValueParsers.Number(map, key);

    public override void Write(YamlOut yaml, int indent, string key, DocumentNumber value, string path) =>
        yaml.Pair(indent, key, value.Value.ToString(CultureInfo.InvariantCulture), path);

    public override object? Model(DocumentNumber? value) => value?.Value;

    public override void Schema(SchemaOut schema)
    {
        schema.NumberOrText();
        schema.Json.WriteString("pattern", "^[0-9]+$");
    }
}
