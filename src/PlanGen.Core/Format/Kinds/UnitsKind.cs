using PlanGen.Core.Model;
using PlanGen.Core.Yaml;

namespace PlanGen.Core.Format.Kinds;

/// <summary>Units named one by one (an assignment's lead and supporting units): one name or a list, each with its place.</summary>
internal sealed class UnitsKind : ValueKind<IReadOnlyList<UnitName>>
{
    public static UnitsKind Instance { get; } = new();

    public override string Word => "unit name or list of names";

    public override IReadOnlyList<UnitName>? Read(MapLoader map, string key) =>
        [.. map.Texts(key).Select(t => new UnitName(t.Text) { Span = t.Node.Span })];

    public override bool IsAbsent(IReadOnlyList<UnitName>? value) => value is null || value.Count == 0;

    public override void Write(YamlOut yaml, int indent, string key, IReadOnlyList<UnitName> value, string path)
    {
        if (value.All(u => TextKind.Instance.FlowForm(u.Name) is not null))
        {
            yaml.Pair(indent, key, "[" + string.Join(", ", value.Select(u => u.Name)) + "]", path);
            return;
        }
        yaml.Key(indent, key, path);
        for (var i = 0; i < value.Count; i++)
        {
            yaml.Item(indent + 2, YamlEmitter.Scalar(value[i].Name), $"{path}[{i + 1}]");
        }
    }

    public override object? Model(IReadOnlyList<UnitName>? value) => Models.List(value ?? [], u => u.Name);

    public override void Schema(SchemaOut schema) => TextsKind.Paragraphs.Schema(schema);
}
