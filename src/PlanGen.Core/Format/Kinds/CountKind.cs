using System.Globalization;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Yaml;

namespace PlanGen.Core.Format.Kinds;

/// <summary>
/// A whole number written in digits: a count of a report's figures (0 or more), or the copies a
/// document is issued in (1 or more). A dot or a comma is refused rather than guessed at:
/// <c>1.163</c> is a thousand and more in a Vietnamese text but a little over one to YAML.
/// </summary>
/// <param name="least">The smallest count the key takes.</param>
/// <param name="most">The largest: beyond it the number is a slip of the keyboard.</param>
/// <param name="refused">What is reported of any other value, at the key's place.</param>
internal sealed class CountKind(long least, long most, DiagnosticCode refused) : ValueKind<long?>
{
    /// <summary>A figure's count: 0 or more.</summary>
    public static CountKind Instance { get; } = new(0, long.MaxValue, DiagnosticCode.FigureNotACount);

    /// <summary>Số lượng bản: 1 or more, no more than an office ever prints.</summary>
    public static CountKind Copies { get; } = new(1, 100_000, DiagnosticCode.CopiesNotACount);

    public override string Word => "whole number, " + least.ToString(CultureInfo.InvariantCulture) + " or more";

    public override long? Read(MapLoader map, string key)
    {
        var text = map.Text(key);
        if (text is null)
        {
            return null;
        }
        if (long.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count >= least && count <= most)
        {
            return count;
        }
        map.Context.Diagnostics.Add(refused, map.Spans[key], text, map.Qualified(key));
        return null;
    }

    public override void Write(YamlOut yaml, int indent, string key, long? value, string path) =>
        yaml.Pair(indent, key, value!.Value.ToString(CultureInfo.InvariantCulture), path);

    public override object? Model(long? value) => value;

    public override void Schema(SchemaOut schema)
    {
        schema.NumberOrText();
        if (least > 0)
        {
            schema.Json.WriteNumber("minimum", least);
        }
        schema.Json.WriteString("pattern", least > 0 ? "^[1-9][0-9]*$" : "^[0-9]+$");
    }
}
