using PlanGen.Core.Diagnostics;
using PlanGen.Core.Document.Grammar;
using PlanGen.Core.Model;
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

    public override ReportPeriod? Read(MapLoader map, string key)
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
        // Day first, as the document prints the window and as every other date of the format is read.
        yaml.Pair(indent + 2, "from", Day(value.From!.Value), path + ".from");
        yaml.Pair(indent + 2, "to", Day(value.To!.Value), path + ".to");
    }

    private static string Day(DateOnly date) => ShortDate.Format(new VnDate(date.Year, date.Month, date.Day));

    public override object? Model(ReportPeriod? value) => value is null ? null : ReportPeriods.ShortForm(value) ?? ReportPeriods.Name(value);

    public override void Schema(SchemaOut schema) => schema.OneOf(
        s =>
        {
            s.NumberOrText();
            s.Json.WriteString("description", "2025-06, tháng 6/2025, 2025-q2, Quý II/2025, 2025-6m, 6 tháng đầu năm 2025, 2025-9m, 2025");
        },
        s => s.Mapping(["from", "to"],
            ("from", new FieldText("Ngày bắt đầu, ngày trước: 15/12/2023 (hoặc 2023-12-15).", "First day, day first: 15/12/2023 (or 2023-12-15)."), DateKind.Full.Schema),
            ("to", new FieldText("Ngày kết thúc, ngày trước: 14/6/2024 (hoặc 2024-06-14).", "Last day, day first: 14/6/2024 (or 2024-06-14)."), DateKind.Full.Schema)));
}
