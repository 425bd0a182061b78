using PlanGen.Core.Model;

namespace PlanGen.Core.Yaml;

/// <summary>Reads citations of other documents and the parent reference.</summary>
internal static class CitationReader
{
    internal static readonly string[] CitationKeys = ["kind", "number", "date", "issuer", "subject", "text"];
    internal static readonly string[] ParentKeys = ["path", .. CitationKeys];

    /// <summary>A citation from a mapping, or a string written out in full.</summary>
    public static Citation? Read(YamlValue? value, string name, ReadContext context)
    {
        if (value is YamlText node)
        {
            var text = context.Text(node, name);
            return text is null ? null : new Citation(null, null, null, null, null, text) { Span = node.Span };
        }
        var map = context.Map(value, name, CitationKeys);
        return map is null ? null : FromMap(map);
    }

    /// <summary>The parent: a path to its YAML, a citation, or both (the citation then must agree).</summary>
    public static ParentReference? ReadParent(YamlValue? value, ReadContext context)
    {
        if (value is YamlText node)
        {
            // A bare string names the parent's file: the common case deserves the short form.
            var path = context.Text(node, "parent");
            return path is null ? null : new ParentReference(path, null) { Span = node.Span, FieldSpans = new Dictionary<string, Diagnostics.SourceSpan> { ["path"] = node.Span } };
        }
        var map = context.Map(value, "parent", ParentKeys);
        if (map is null)
        {
            return null;
        }
        var hasCitation = CitationKeys.Any(map.Has);
        return new ParentReference(map.Text("path"), hasCitation ? FromMap(map) : null) { Span = map.Span, FieldSpans = map.Spans };
    }

    private static Citation FromMap(MapReader map) => new(
        map.Text("kind"),
        map.Text("number"),
        ValueParsers.Date(map, "date", allowPartial: false),
        map.Text("issuer"),
        map.Text("subject"),
        map.Text("text"))
    { Span = map.Span, FieldSpans = map.Spans };
}
