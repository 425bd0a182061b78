using PlanGen.Core.Diagnostics;
using PlanGen.Core.Model;
using PlanGen.Core.Reports;
using PlanGen.Core.Yaml;

namespace PlanGen.Core.Format.Kinds;

/// <summary>
/// Kỳ báo cáo: a month (<c>2025-06</c>, <c>tháng 6/2025</c>), a quarter (<c>2025-q2</c>, <c>Quý
/// II/2025</c>), six or nine months (<c>2025-6m</c>, <c>6 tháng đầu năm 2025</c>), a year
/// (<c>2025</c>), or a mapping of two full dates <c>from</c> and <c>to</c>.
/// </summary>
internal sealed class ReportPeriodKind : ValueKind<ReportPeriod>
{
    public static ReportPeriodKind Instance { get; } = new();

    public override string Word => "month (2025-06), quarter (2025-q2), 2025-6m, 2025-9m, year (2025), or {from, to}";

    public override ReportPeriod? Read(MapReader map, string key)
    {
        var value = map.Value(key);
        if (value is YamlText { IsNull: false } written)
        {
            var text = map.Text(key)!;
            if (ReportPeriods.Parse(text) is { } period)
            {
                return period with { Span = written.Span };
            }
            map.Context.Diagnostics.Add(DiagnosticCode.ReportPeriodNotUnderstood, written.Span, text);
            return null;
        }
        return ValueParsers.Period(map, key, DateKind.Full.Read) is { } dates
            ? new ReportPeriod(ReportCycle.Dates, dates.To.Year, 0) { From = dates.From, To = dates.To, Span = dates.Span, FieldSpans = dates.FieldSpans }
            : null;
    }

    public override void Write(YamlOut yaml, int indent, string key, ReportPeriod value, string path)
    {
        if (ReportPeriods.ShortForm(value) is { } text)
        {
            yaml.Pair(indent, key, text, path);
            return;
        }
        yaml.Key(indent, key, path);
        yaml.Pair(indent + 2, "from", value.From!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), path + ".from");
        yaml.Pair(indent + 2, "to", value.To!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), path + ".to");
    }

    public override object? Model(ReportPeriod? value) => value is null ? null : ReportPeriods.ShortForm(value) ?? ReportPeriods.Name(value);

    public override void Schema(SchemaOut schema) => schema.OneOf(
        s =>
        {
            s.NumberOrText();
            s.Json.WriteString("description", "2025-06, tháng 6/2025, 2025-q2, Quý II/2025, 2025-6m, 6 tháng đầu năm 2025, 2025-9m, 2025");
        },
        s => s.Mapping(["from", "to"],
            ("from", new FieldText("Ngày bắt đầu YYYY-MM-DD.", "First day, YYYY-MM-DD."), DateKind.Full.Schema),
            ("to", new FieldText("Ngày kết thúc YYYY-MM-DD.", "Last day, YYYY-MM-DD."), DateKind.Full.Schema)));
}
