using PlanGen.Core.Diagnostics;
using PlanGen.Core.Model;
using PlanGen.Core.Yaml;

namespace PlanGen.Core.Format.Kinds;

/// <summary>The reports a plan asks for, one or a list: month, quarter, 6m, 9m, year (or tháng, quý, 6 tháng, 9 tháng, năm).</summary>
internal sealed class CyclesKind : ValueKind<IReadOnlyList<ReportCycle>>
{
    public static CyclesKind Instance { get; } = new();

    private static readonly ChoiceKind<ReportCycle> Words = new(
        new(ReportCycle.Month, "month", "tháng", "hằng tháng", "hàng tháng"),
        new(ReportCycle.Quarter, "quarter", "quý", "hằng quý", "hàng quý"),
        new(ReportCycle.SixMonths, "6m", "6 tháng", "sáu tháng", "6 tháng đầu năm", "sơ kết"),
        new(ReportCycle.NineMonths, "9m", "9 tháng", "chín tháng", "9 tháng đầu năm"),
        new(ReportCycle.Year, "year", "năm", "hằng năm", "hàng năm", "tổng kết"));

    public override string Word => "month, quarter, 6m, 9m or year, or a list of them";

    public override IReadOnlyList<ReportCycle>? Read(MapLoader map, string key)
    {
        var cycles = new List<ReportCycle>();
        foreach (var (text, node) in map.Texts(key))
        {
            if (Words.Parse(text) is { } cycle)
            {
                cycles.Add(cycle);
            }
            else
            {
                map.Context.Diagnostics.Add(DiagnosticCode.InvalidChoice, node.Span, text, map.Qualified(key), Words.ChoicesArgument());
            }
        }
        return cycles;
    }

    public override bool IsAbsent(IReadOnlyList<ReportCycle>? value) => value is null || value.Count == 0;

    public override void Write(YamlOut yaml, int indent, string key, IReadOnlyList<ReportCycle> value, string path) =>
        yaml.Pair(indent, key, value.Count == 1 ? Words.WordOf(value[0]) : "[" + string.Join(", ", value.Select(Words.WordOf)) + "]", path);

    public override object? Model(IReadOnlyList<ReportCycle>? value) => Models.List(value ?? [], Words.WordOf);

    public override void Schema(SchemaOut schema) => schema.Ref("cycles", s => s.OneOf(Words.Schema, one => one.ListOf(Words.Schema)));
}
