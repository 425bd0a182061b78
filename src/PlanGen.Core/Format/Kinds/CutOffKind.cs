using System.Globalization;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Timelines;
using PlanGen.Core.Yaml;

namespace PlanGen.Core.Format.Kinds;

/// <summary>
/// Ngày chốt số liệu: the last day of each month a report's figures count — a day of the month
/// (14: from the 15th to the 14th), or <c>end</c> (<c>cuối tháng</c>) for calendar months.
/// </summary>
internal sealed class CutOffKind : ValueKind<int?>
{
    /// <summary>The value that stands for the month's last day.</summary>
    public const int MonthEnd = 31;

    public static CutOffKind Instance { get; } = new();

    public override string Word => "day of the month (1–31), or end";

    public override int? Read(MapLoader map, string key)
    {
        var text = map.Text(key);
        if (text is null)
        {
            return null;
        }
        var folded = TimelineText.Fold(text.Trim());
        if (folded is "end" or "cuoi thang")
        {
            return MonthEnd;
        }
        if (int.TryParse(folded, NumberStyles.None, CultureInfo.InvariantCulture, out var day) && day is >= 1 and <= MonthEnd)
        {
            return day;
        }
        map.Context.Diagnostics.Add(DiagnosticCode.CutOffNotUnderstood, map.Spans[key], text);
        return null;
    }

    public override void Write(YamlOut yaml, int indent, string key, int? value, string path) =>
        yaml.Pair(indent, key, value == MonthEnd ? "end" : value!.Value.ToString(CultureInfo.InvariantCulture), path);

    public override object? Model(int? value) => value;

    public override void Schema(SchemaOut schema)
    {
        schema.NumberOrText();
        schema.Json.WriteString("pattern", "^([1-9]|[12][0-9]|3[01]|end|cuối tháng)$");
    }
}
