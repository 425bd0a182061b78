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
    /// <summary>
    /// The text <paramref name="previous"/> and the tail <paramref name="key"/> joined as they stand
    /// on their line, or null when <paramref name="key"/> is a key of its own.
    /// </summary>
    public static YamlText? Join(string[] lines, YamlValue previous, YamlText key, YamlValue value)
    {
        if (value is not YamlText { IsNull: true } || !key.Value.Contains(' ', StringComparison.Ordinal)
            || previous is not YamlText { IsNull: false } text || text.Span.StartLine != key.Span.EndLine
            || key.Span.EndLine >= lines.Length || key.Span.EndColumn > lines[key.Span.EndLine].Length || text.Span.StartColumn >= key.Span.EndColumn)
        {
            return null;
        }
        var line = lines[key.Span.EndLine];
        var joined = line[text.Span.StartColumn..key.Span.EndColumn].Trim();
        return text with { Value = joined, Span = text.Span with { EndLine = key.Span.EndLine, EndColumn = key.Span.EndColumn } };
    }

    /// <summary>The line of <paramref name="joined"/> with its text in double quotes, to paste in its place.</summary>
    public static string FixedLine(string[] lines, YamlText joined)
    {
        var line = lines[joined.Span.StartLine];
        return (line[..joined.Span.StartColumn] + YamlSyntaxAdvice.DoubleQuoted(joined.Value) + line[joined.Span.EndColumn..]).Trim();
    }
}
