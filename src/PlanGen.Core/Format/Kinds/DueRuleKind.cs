using PlanGen.Core.Diagnostics;
using PlanGen.Core.Model;
using PlanGen.Core.Yaml;

namespace PlanGen.Core.Format.Kinds;

/// <summary>Hạn gửi báo cáo as a rule: <c>trước ngày 20</c>, <c>ngày 20</c>, <c>2 ngày làm việc sau ngày chốt số liệu</c> (or in English).</summary>
internal sealed class DueRuleKind : ValueKind<DueRule>
{
    public static DueRuleKind Instance { get; } = new();

    public override string Word => "text: trước ngày 20, ngày 20, 2 ngày làm việc sau ngày chốt số liệu";

    public override DueRule? Read(MapLoader map, string key)
    {
        var text = map.Text(key);
        if (text is null)
        {
            return null;
        }
        if (DueRules.Parse(text) is { } rule)
        {
            return rule with { Span = map.Spans[key] };
        }
        map.Context.Diagnostics.Add(DiagnosticCode.DueRuleNotUnderstood, map.Spans[key], text);
        return null;
    }

    public override void Write(YamlOut yaml, int indent, string key, DueRule value, string path) =>
        yaml.Pair(indent, key, YamlEmitter.Scalar(DueRules.Format(value)), path);

    public override object? Model(DueRule? value) => value is null ? null : DueRules.Format(value);

    public override void Schema(SchemaOut schema) => schema.String();
}
