using System.Globalization;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Yaml;

namespace PlanGen.Core.Format.Kinds;

/// <summary>
/// A count of a report's figures: a whole number of zero or more, written in digits. A dot or a
/// comma is refused rather than guessed at: <c>1.163</c> is a thousand and more in a Vietnamese
/// text but a little over one to YAML.
/// </summary>
internal sealed class CountKind : ValueKind<long?>
{
    public static CountKind Instance { get; } = new();

    public override string Word => "whole number, 0 or more";

    public override long? Read(MapReader map, string key)
    {
        var text = map.Text(key);
        if (text is null)
        {
            return null;
        }
        if (long.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return count;
        }
        map.Context.Diagnostics.Add(DiagnosticCode.FigureNotACount, map.Spans[key], text, map.Qualified(key));
        return null;
    }

    public override void Write(YamlOut yaml, int indent, string key, long? value, string path) =>
        yaml.Pair(indent, key, value!.Value.ToString(CultureInfo.InvariantCulture), path);

    public override object? Model(long? value) => value;

    public override void Schema(SchemaOut schema)
    {
        schema.NumberOrText();
        schema.Json.WriteString("pattern", "^[0-9]+$");
    }
}
