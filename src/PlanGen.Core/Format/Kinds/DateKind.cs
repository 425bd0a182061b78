using PlanGen.Core.Model;
using PlanGen.Core.Templating;
using PlanGen.Core.Yaml;

namespace PlanGen.Core.Format.Kinds;

/// <summary>A date, written YYYY-MM-DD; a draft's date may leave out the day (YYYY-MM) or the month.</summary>
/// <param name="partial">True where a draft's date may be partial (the plan's own date).</param>
internal sealed class DateKind(bool partial) : ValueKind<VnDate>
{
    /// <summary>The plan's own date: a draft may give the month only.</summary>
    public static DateKind Issued { get; } = new(partial: true);

    /// <summary>A full date: a cited document's, a period's ends.</summary>
    public static DateKind Full { get; } = new(partial: false);

    public override string Word => partial ? "date: YYYY-MM-DD, or YYYY-MM in a draft" : "date: YYYY-MM-DD";

    public override VnDate? Read(MapReader map, string key) => ValueParsers.Date(map, key, partial);

    // Dates are written as YAML reads them back as text: unquoted, ISO.
    public override void Write(YamlOut yaml, int indent, string key, VnDate value, string path) =>
        yaml.Pair(indent, key, value.ToIsoText(), path);

    public override object? Model(VnDate? value) => value is null ? null : new ModelObject("date", value)
    {
        ["year"] = value.Year,
        ["month"] = value.Month,
        ["day"] = value.Day,
        ["is_full"] = value.IsFull,
        ["iso"] = value.ToIsoText(),
    };

    public override void Schema(SchemaOut schema)
    {
        if (partial)
        {
            schema.String();
            schema.Json.WriteString("pattern", "^[0-9]{4}(-[0-9]{1,2}(-[0-9]{1,2})?)?$");
            return;
        }
        schema.Ref("fullDate", s =>
        {
            s.String();
            s.Json.WriteString("pattern", "^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}$");
        });
    }
}
