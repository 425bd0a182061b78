using PlanGen.Core.Yaml;

namespace PlanGen.Core.Format.Kinds;

/// <summary>A code of a document number (UBND, CTr, KH-UBATGTQG): letters of either case and digits, groups joined by '-'.</summary>
internal sealed class CodeKind : ValueKind<string>
{
    public static CodeKind Instance { get; } = new();

    public override string Word => "code";

    public override string? Read(MapLoader map, string key) => ValueParsers.Code(map, key, required: false);

    public override bool IsAbsent(string? value) => string.IsNullOrEmpty(value);

    public override void Write(YamlOut yaml, int indent, string key, string value, string path) =>
        yaml.Pair(indent, key, YamlEmitter.Scalar(value), path);

    public override object? Model(string? value) => value;

    public override void Schema(SchemaOut schema) => schema.Ref("code", s =>
    {
        s.String();
        s.Json.WriteString("pattern", "^[A-Za-zĐđ0-9]+([-&][A-Za-zĐđ0-9]+)*$");
    });
}
