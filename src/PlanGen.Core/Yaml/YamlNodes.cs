using PlanGen.Core.Diagnostics;

namespace PlanGen.Core.Yaml;

/// <summary>A YAML node with the place it was written; the reader's own tree, built from parser events.</summary>
internal abstract record YamlValue(SourceSpan Span)
{
    /// <summary>The neutral word naming this kind of node in messages.</summary>
    public abstract string KindWord { get; }
}

/// <summary>A scalar; <see cref="IsNull"/> for an empty, <c>~</c> or <c>null</c> plain scalar.</summary>
internal sealed record YamlText(SourceSpan Span, string Value, bool IsNull) : YamlValue(Span)
{
    /// <summary>The value holds a character no document may carry (reported as PG1102 when read).</summary>
    public bool HasForbiddenCharacter { get; init; }

    public override string KindWord => MessageArgument.Word(IsNull ? "nothing" : "text");
}

/// <summary>A sequence.</summary>
internal sealed record YamlList(SourceSpan Span, IReadOnlyList<YamlValue> Items) : YamlValue(Span)
{
    public override string KindWord => MessageArgument.Word("list");
}

/// <summary>A mapping, with its keys in the order written.</summary>
internal sealed record YamlMap(SourceSpan Span, IReadOnlyList<KeyValuePair<YamlText, YamlValue>> Entries) : YamlValue(Span)
{
    public override string KindWord => MessageArgument.Word("mapping");
}
