using PlanGen.Core.Document.Grammar;
using PlanGen.Core.Timelines;
using PlanGen.Core.Yaml;

namespace PlanGen.Core.Format.Kinds;

/// <summary>
/// The document's type: its code in the number (KH, BC) or the kind's name (Kế hoạch, báo cáo),
/// written back as the code: one of the family's six (<see cref="PlanGen.Core.Model.FamilyTypes"/>), or another
/// kind the decree lists, laid out as a plan. Anything else is an error naming the known types.
/// </summary>
internal sealed class TypeKind : ValueKind<string>
{
    public static TypeKind Instance { get; } = new();

    public override string Word => "code, or the kind's name";

    public override string? Read(MapLoader map, string key)
    {
        var text = map.Text(key);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (PlanGen.Core.Model.FamilyTypes.Find(text) is { } type)
        {
            return type.Code;
        }
        // Another kind the decree lists (Chương trình, CTr) is laid out as a plan is.
        if ((DocumentKinds.ByCode(text.Trim())?.Code ?? CodeOf(text)) is { } listed)
        {
            return listed;
        }
        map.Context.Diagnostics.Add(Diagnostics.DiagnosticCode.UnknownDocumentType, map.Spans[key], text, PlanGen.Core.Model.FamilyTypes.Listed());
        return null;
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
