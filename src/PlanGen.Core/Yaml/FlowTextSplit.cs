namespace PlanGen.Core.Yaml;

/// <summary>
/// A text cut at its comma: in a mapping written on one line between braces
/// (<c>assignment: {text: Công an xã chủ trì, phối hợp Đoàn Thanh niên xã thực hiện., lead: […]}</c>)
/// a comma ends the value, and the rest of the sentence becomes a key with no value. No key of a
/// plan holds a space, so such a key is the sentence's tail: it is joined back to the text, and
/// the clerk is shown the line with the text in quotes.
/// </summary>
internal static class FlowTextSplit
{
    /// <summary>True when <paramref name="key"/> (with <paramref name="value"/>) is the tail of the text <paramref name="previous"/>, on its line.</summary>
    public static bool IsTail(string[] lines, YamlValue previous, YamlText key, YamlValue value) =>
        value is YamlText { IsNull: true } && key.Value.Contains(' ', StringComparison.Ordinal)
        && previous is YamlText { IsNull: false } text && text.Span.StartLine == key.Span.EndLine
        && key.Span.EndLine < lines.Length && key.Span.EndColumn <= lines[key.Span.EndLine].Length && text.Span.StartColumn < key.Span.EndColumn;

    /// <summary>The text <paramref name="first"/> joined with its tails up to <paramref name="lastTail"/>, as they stand on their line.</summary>
    public static YamlText Joined(string[] lines, YamlText first, YamlText lastTail)
    {
        var line = lines[lastTail.Span.EndLine];
        return first with
        {
            Value = line[first.Span.StartColumn..lastTail.Span.EndColumn].Trim(),
            Span = first.Span with { EndLine = lastTail.Span.EndLine, EndColumn = lastTail.Span.EndColumn },
        };
    }

    /// <summary>The line of <paramref name="joined"/> with its text in double quotes, to paste in its place.</summary>
    public static string FixedLine(string[] lines, YamlText joined)
    {
        var line = lines[joined.Span.StartLine];
        return (line[..joined.Span.StartColumn] + YamlSyntaxAdvice.DoubleQuoted(joined.Value) + line[joined.Span.EndColumn..]).Trim();
    }
}
