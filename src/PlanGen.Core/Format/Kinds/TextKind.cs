using PlanGen.Core.Yaml;

namespace PlanGen.Core.Format.Kinds;

/// <summary>A text: one scalar, NFC, checked for legacy encodings and leftover TODOs as it is read.</summary>
internal sealed class TextKind : ItemKind<string>
{
    public static TextKind Instance { get; } = new();

    public override string Word => "text";

    public override string? ReadItem(YamlValue value, string name, ReadContext context) => context.Text(value, name);

    public override void Write(YamlOut yaml, int indent, string key, string value, string path) =>
        yaml.Pair(indent, key, YamlEmitter.Scalar(value), path);

    public override void WriteItem(YamlOut yaml, int indent, string value, string path) =>
        yaml.Item(indent, YamlEmitter.Scalar(value), path);

    // A comma, bracket, colon or hash inside a one-line list ends or breaks the item: such texts go on lines of their own.
    public override string? FlowForm(string value) =>
        YamlEmitter.Scalar(value) == value && value.IndexOfAny([',', '[', ']', '{', '}', '#', ':']) < 0 ? value : null;

    public override object? Model(string? value) => value;

    public override void Schema(SchemaOut schema) => schema.String();
}
