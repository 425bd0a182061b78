using PlanGen.Core.Model;
using PlanGen.Core.Yaml;

namespace PlanGen.Core.Format.Kinds;

/// <summary>Thời gian thực hiện of an item or a task, as the clerk writes it (Quý I/2024, Thường xuyên): printed as written, parsed by the checks.</summary>
internal sealed class TimelineKind : ValueKind<Timeline>
{
    public static TimelineKind Instance { get; } = new();

    public override string Word => "text (a timeline)";

    public override Timeline? Read(MapLoader map, string key) =>
        map.Text(key) is { } text ? new Timeline(text) { Span = map.Spans[key] } : null;

    public override void Write(YamlOut yaml, int indent, string key, Timeline value, string path) =>
        yaml.Pair(indent, key, YamlEmitter.Scalar(value.Text), path);

    public override object? Model(Timeline? value) => value?.Text;

    public override void Schema(SchemaOut schema) => schema.String();
}
