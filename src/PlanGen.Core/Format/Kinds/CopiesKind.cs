using System.Globalization;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Yaml;

namespace PlanGen.Core.Format.Kinds;

/// <summary>Số lượng bản: how many copies are issued, a whole number of 1 or more written in digits.</summary>
internal sealed class CopiesKind : ValueKind<int?>
{
    public static CopiesKind Instance { get; } = new();

    // More copies than this is a slip of the keyboard, not an office's print run.
    private const int Most = 100_000;

    public override string Word => "whole number, 1 or more";

    public override int? Read(MapReader map, string key)
    {
        var text = map.Text(key);
        if (text is null)
        {
            return null;
        }
        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var copies) && copies is >= 1 and <= Most)
        {
            return copies;
        }
        map.Context.Diagnostics.Add(DiagnosticCode.CopiesNotACount, map.Spans[key], text, map.Qualified(key));
        return null;
    }

    public override void Write(YamlOut yaml, int indent, string key, int? value, string path) =>
        yaml.Pair(indent, key, value!.Value.ToString(CultureInfo.InvariantCulture), path);

    public override object? Model(int? value) => value;

    public override void Schema(SchemaOut schema)
    {
        schema.NumberOrText();
        schema.Json.WriteNumber("minimum", 1);
        schema.Json.WriteString("pattern", "^[1-9][0-9]{0,4}$");
    }
}
