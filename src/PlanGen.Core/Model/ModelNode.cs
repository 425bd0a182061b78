using PlanGen.Core.Diagnostics;

namespace PlanGen.Core.Model;

/// <summary>
/// Base of every model record: where the node was written, and where each of its fields was
/// written, so checks can point at the exact value they are about.
/// </summary>
public abstract record ModelNode
{
    /// <summary>The span of the whole node in its YAML file.</summary>
    public SourceSpan Span { get; init; }

    /// <summary>The spans of the node's fields by YAML key (the value's span).</summary>
    public IReadOnlyDictionary<string, SourceSpan> FieldSpans { get; init; } = new Dictionary<string, SourceSpan>();

    /// <summary>The span of a field's value, or of the node when the field is absent.</summary>
    public SourceSpan SpanOf(string field) => FieldSpans.TryGetValue(field, out var span) ? span : Span;
}
