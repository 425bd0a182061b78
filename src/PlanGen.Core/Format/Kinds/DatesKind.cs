using System.Globalization;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Document.Grammar;
using PlanGen.Core.Text;
using PlanGen.Core.Yaml;

namespace PlanGen.Core.Format.Kinds;

/// <summary>Days, one or a list, each <c>YYYY-MM-DD</c> or day first (<c>10/02/2024</c>): the days off a province lists.</summary>
internal sealed class DatesKind : ValueKind<IReadOnlyList<DateOnly>>
{
    public static DatesKind Instance { get; } = new();

    public override string Word => "date or list of dates";

    public override IReadOnlyList<DateOnly>? Read(MapLoader map, string key)
    {
        var days = new List<DateOnly>();
        foreach (var (text, node) in map.Texts(key))
        {
            if (IsoDate.TryParse(text.Trim(), out var iso))
            {
                days.Add(iso);
            }
            else if (ShortDate.TryParse(text, out var written) && written is { IsFull: true })
            {
                days.Add(written.Earliest);
            }
            else
            {
                map.Context.Diagnostics.Add(DiagnosticCode.InvalidDate, node.Span, text);
            }
        }
        return days;
    }

    public override bool IsAbsent(IReadOnlyList<DateOnly>? value) => value is null || value.Count == 0;

    public override void Write(YamlOut yaml, int indent, string key, IReadOnlyList<DateOnly> value, string path) =>
        yaml.Pair(indent, key, "[" + string.Join(", ", value.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))) + "]", path);

    public override object? Model(IReadOnlyList<DateOnly>? value) =>
        Models.List(value ?? [], d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    public override void Schema(SchemaOut schema) => TextsKind.Paragraphs.Schema(schema);
}
