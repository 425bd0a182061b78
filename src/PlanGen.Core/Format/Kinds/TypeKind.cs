using PlanGen.Core.Document.Grammar;
using PlanGen.Core.Timelines;
using PlanGen.Core.Yaml;

namespace PlanGen.Core.Format.Kinds;

/// <summary>
/// The document's type: its code in the number (KH, BC) or the kind's name (Kế hoạch, báo cáo),
/// written back as the code. A code the decree does not list is read as a code, as before.
/// </summary>
internal sealed class TypeKind : ValueKind<string>
{
    public static TypeKind Instance { get; } = new();

    public override string Word => "code, or the kind's name";

    public override string? Read(MapReader map, string key)
    {
        var text = map.Text(key);
        // A code is one word of ASCII letters and digits; anything else may be a kind's name.
        return text is not null && !text.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') && CodeOf(text) is { } code
            ? code
            : ValueParsers.Code(map, key, required: false);
    }

    /// <summary>The code a kind's name stands for ("báo cáo" → "BC", any letter case, with or without marks); null when the text names no kind.</summary>
    public static string? CodeOf(string text)
    {
        var key = TimelineText.Fold(text.Trim());
        return DocumentKinds.All.FirstOrDefault(k => k.Code is not null && TimelineText.Fold(k.Name) == key)?.Code;
    }

    public override bool IsAbsent(string? value) => string.IsNullOrEmpty(value);

    public override void Write(YamlOut yaml, int indent, string key, string value, string path) =>
        yaml.Pair(indent, key, YamlEmitter.Scalar(value), path);

    public override object? Model(string? value) => value;

    public override void Schema(SchemaOut schema) => schema.Ref("type", s =>
    {
        s.String();
        s.Json.WriteString("pattern", "^([A-Za-zĐđ0-9]+(-[A-Za-zĐđ0-9]+)*|[^0-9]+)$");
    });
}
