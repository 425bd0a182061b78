using System.Globalization;
using PlanGen.Core.Model;
using PlanGen.Core.Templating;
using PlanGen.Core.Yaml;

namespace PlanGen.Core.Format.Kinds;

/// <summary>
/// Thời gian thực hiện: a year (<c>2024</c>), two dates day first (<c>05/9/2024 - 31/5/2025</c>,
/// "từ ngày … đến ngày …"), or a mapping of two full dates <c>from</c> and <c>to</c>.
/// </summary>
internal sealed class PeriodKind : ValueKind<Period>
{
    public static PeriodKind Instance { get; } = new();

    public override string Word => "year, or \"dd/mm/yyyy - dd/mm/yyyy\", or {from, to}";

    public override Period? Read(MapLoader map, string key) => ValueParsers.Period(map, key, DateKind.Full.Read);

    // A whole calendar year is written as the year; any other span as two dates, day first, as a clerk writes them.
    public override void Write(YamlOut yaml, int indent, string key, Period value, string path) =>
        yaml.Pair(indent, key, value.From == new DateOnly(value.From.Year, 1, 1) && value.To == new DateOnly(value.From.Year, 12, 31)
            ? value.From.Year.ToString(CultureInfo.InvariantCulture)
            : Day(value.From) + " - " + Day(value.To), path);

    public override object? Model(Period? value) => value is null ? null : new ModelObject("period", value)
    {
        ["from"] = value.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["to"] = value.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    public override void Schema(SchemaOut schema) => schema.OneOf(
        s =>
        {
            s.NumberOrText();
            s.Json.WriteString("pattern", "^([0-9]{4}|.*[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}.*[0-9]{1,2}/[0-9]{1,2}/[0-9]{4})$");
        },
        s => s.Mapping(["from", "to"],
            ("from", new FieldText("Ngày bắt đầu: 05/9/2024 hoặc 2024-09-05.", "First day: 05/9/2024 or 2024-09-05."), DateKind.Full.Schema),
            ("to", new FieldText("Ngày kết thúc: 31/5/2025 hoặc 2025-05-31.", "Last day: 31/5/2025 or 2025-05-31."), DateKind.Full.Schema)));

    private static string Day(DateOnly date) =>
        date.Day.ToString("D2", CultureInfo.InvariantCulture) + "/" + date.Month.ToString("D2", CultureInfo.InvariantCulture) + "/" + date.Year.ToString(CultureInfo.InvariantCulture);
}
