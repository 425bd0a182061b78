using PlanGen.Core.Yaml;

namespace PlanGen.Core.Format.Kinds;

/// <summary>One text or a list of texts: paragraphs, "+" items, the archive's entries.</summary>
/// <param name="oneLine">Written <c>[VT, XD1]</c> when every entry may stand there (the archive); else one entry a line.</param>
internal sealed class TextsKind(bool oneLine) : ValueKind<IReadOnlyList<string>>
{
    /// <summary>Paragraphs: one is written as a text, more as a list.</summary>
    public static TextsKind Paragraphs { get; } = new(oneLine: false);

    /// <summary>Short entries written on one line: <c>archive: [VT, XD1]</c>.</summary>
    public static TextsKind Entries { get; } = new(oneLine: true);

    public override string Word => "text or list of texts";

    public override IReadOnlyList<string>? Read(MapLoader map, string key) => [.. map.Texts(key).Select(t => t.Text)];

    public override bool IsAbsent(IReadOnlyList<string>? value) => value is null || value.Count == 0;

    public override void Write(YamlOut yaml, int indent, string key, IReadOnlyList<string> value, string path)
    {
        if (oneLine && value.All(v => TextKind.Instance.FlowForm(v) is not null))
        {
            yaml.Pair(indent, key, "[" + string.Join(", ", value) + "]", path);
            return;
        }
        if (!oneLine && value.Count == 1)
        {
            yaml.Pair(indent, key, YamlEmitter.Scalar(value[0]), path);
            return;
        }
        yaml.Key(indent, key, path);
        for (var i = 0; i < value.Count; i++)
        {
            yaml.Item(indent + 2, YamlEmitter.Scalar(value[i]), $"{path}[{i + 1}]");
        }
    }

    public override object? Model(IReadOnlyList<string>? value) => Models.List(value ?? [], t => t);

    public override void Schema(SchemaOut schema) => schema.Ref("textOrList", Define);

    private static void Define(SchemaOut schema) => schema.OneOf(s => s.String(), s => s.ListOf(item => item.String()));
}
