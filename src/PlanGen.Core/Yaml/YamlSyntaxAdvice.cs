using System.Globalization;
using System.Text.RegularExpressions;
using PlanGen.Core.Diagnostics;

namespace PlanGen.Core.Yaml;

/// <summary>
/// What a clerk is told when the YAML cannot be read: the mistake a person makes at that place
/// (a colon in a text, a Tab, a quote left open or followed by more text, a line indented unlike
/// its neighbours, a bracket left open) said in the run's language, and the line rewritten as it
/// should be, to paste in its place. The parser's own English never reaches the clerk.
/// </summary>
internal static partial class YamlSyntaxAdvice
{
    private const int MaxLineLooked = 2000;

    /// <summary>The message and hint arguments of PG1001 for a parser error at <paramref name="span"/>.</summary>
    /// <param name="text">The whole YAML text.</param>
    /// <param name="parserMessage">The parser's message, only to tell the kinds of mistake apart.</param>
    /// <param name="span">Where the parser stopped.</param>
    /// <param name="bracket">The place of a bracket left open, when the parser stopped inside one.</param>
    /// <returns>The message, the hint, and the line the mistake is on (0-based), which may follow the parser's.</returns>
    public static (string Message, string Hint, int Line) Explain(string text, string parserMessage, SourceSpan span, (int Line, int Column)? bracket)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        string Line(int index) => index >= 0 && index < lines.Length ? lines[index] : "";
        // A Tab is found by the parser while it still reads the line above (a text may go on there).
        // A Tab in a mapping's indentation is told at the start of the file wherever it is (a plan
        // from init or derive opens with comment lines, so it is never near there): look through the file.
        var tabbedLines = parserMessage.Contains("invalid tab as indentation", StringComparison.Ordinal)
            ? Enumerable.Range(0, lines.Length) : Enumerable.Range(span.StartLine, 3);
        var tabbed = tabbedLines.FirstOrDefault(i => Line(i).TakeWhile(char.IsWhiteSpace).Contains('\t'), -1);
        if (tabbed >= 0)
        {
            return (Word("yaml.tab"), Phrase("yaml.tab.fix", Count(SiblingIndent(lines, tabbed) ?? 2), Line(tabbed).Trim()), tabbed);
        }
        // A line longer than any a person types is not looked into (the patterns would take long on it).
        var (message, hint) = Line(span.StartLine).Length > MaxLineLooked ? (Word("yaml.other"), Word("yaml.other.fix"))
            : Advice(lines, Line(span.StartLine), parserMessage, span, bracket);
        return (message, hint, span.StartLine);
    }

    private static (string Message, string Hint) Advice(string[] lines, string line, string parserMessage, SourceSpan span, (int Line, int Column)? bracket)
    {
        string Line(int index) => index >= 0 && index < lines.Length ? lines[index] : "";
        if (FlowColon().Match(line) is { Success: true } inBraces)
        {
            // {text: Công an xã: chủ trì, …}: a colon inside braces ends the key's text as well.
            var inQuotes = line[..inBraces.Groups["value"].Index] + DoubleQuoted(inBraces.Groups["value"].Value) + line[(inBraces.Groups["value"].Index + inBraces.Groups["value"].Length)..];
            return (Phrase("yaml.colon", inBraces.Groups["key"].Value), Phrase("yaml.colon.fix", inQuotes.Trim()));
        }
        if (bracket is { } at && Line(at.Line) is { Length: <= MaxLineLooked } opened && at.Column < opened.Length)
        {
            var closing = opened[at.Column] == '[' ? "]" : "}";
            return (Phrase("yaml.bracket", opened[at.Column].ToString()), Phrase("yaml.bracket.fix", closing, opened.Trim() + closing));
        }
        if (parserMessage.Contains("quoted scalar", StringComparison.Ordinal) && KeyAndValue().Match(line) is { Success: true } quoted
            && quoted.Groups["value"].Value is ['"' or '\'', ..] opening)
        {
            return (Phrase("yaml.quote.open", opening[0].ToString()), Phrase("yaml.quote.open.fix", line.Trim() + opening[0]));
        }
        if (KeyAndValue().Match(line) is { Success: true } pair && pair.Groups["value"].Value is var value)
        {
            if (TextAfterQuote().Match(value) is { Success: true })
            {
                return (Word("yaml.quote.after"), Phrase("yaml.quote.after.fix", pair.Groups["lead"].Value.TrimStart() + SingleQuoted(value.TrimEnd())));
            }
            if (ColonInText().IsMatch(value) && value[0] is not ('"' or '\'' or '[' or '{'))
            {
                return (Phrase("yaml.colon", pair.Groups["key"].Value), Phrase("yaml.colon.fix", pair.Groups["lead"].Value.TrimStart() + DoubleQuoted(value.TrimEnd())));
            }
        }
        var indent = line.Length - line.TrimStart().Length;
        if (line.Trim().Length > 0 && SiblingIndent(lines, span.StartLine) is { } sibling && sibling != indent)
        {
            return (Phrase("yaml.indent", Count(indent), Count(sibling)), Phrase("yaml.indent.fix", Count(sibling), line.Trim()));
        }
        return (Word("yaml.other"), Word("yaml.other.fix"));
    }

    /// <summary>A text in double quotes, as YAML reads it back unchanged.</summary>
    public static string DoubleQuoted(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static string SingleQuoted(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>
    /// How far the keys beside line <paramref name="index"/> are indented: as the nearest line of
    /// YAML above it, or two more when that line opens a mapping (<c>issuer:</c>); null at the top.
    /// </summary>
    private static int? SiblingIndent(string[] lines, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            var above = lines[i].Replace('\t', ' ');
            var content = above.TrimStart();
            if (content.Length == 0 || content[0] == '#') continue;
            var indent = above.Length - content.Length;
            // "- title: …": the keys of the item stand where its first key does.
            while (content.StartsWith("- ", StringComparison.Ordinal))
            {
                indent += 2 + (content.Length - 2 - content[2..].TrimStart().Length);
                content = content[2..].TrimStart();
            }
            return content.TrimEnd().EndsWith(':') ? indent + 2 : indent;
        }
        return null;
    }

    private static string Count(int spaces) => spaces.ToString(CultureInfo.InvariantCulture);

    private static string Word(string word) => MessageArgument.Word(word);

    private static string Phrase(string word, params string[] values) => MessageArgument.Phrase(word, values);

    // "  - title: Kế hoạch: …": what leads to the value (indent, "- ", the key and ": "), the key, the value.
    [GeneratedRegex(@"^(?<lead>\s*(?:-\s+)*(?<key>[^\s:#""'\[\]{},][^:#]*?):[ \t]+)(?<value>\S.*)$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex KeyAndValue();

    // A quoted text followed by more words: "Trên đây" là …
    [GeneratedRegex(@"^(""(?:[^""\\]|\\.)*""|'(?:[^']|'')*')\s*[^\s#,\]}]", RegexOptions.CultureInvariant)]
    private static partial Regex TextAfterQuote();

    // "{text: Công an xã: chủ trì, lead: …}": a key's text in braces that holds a colon and a space.
    [GeneratedRegex(@"[{,]\s*(?<key>\w+):\s+(?<value>[^,{}\[\]""'\s][^,{}\[\]]*?:\s[^,{}\[\]]*?)\s*(?=[,}])", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex FlowColon();

    // A colon followed by a space, which YAML reads as a key inside the text.
    [GeneratedRegex(@":(\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex ColonInText();
}
