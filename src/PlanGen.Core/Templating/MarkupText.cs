using System.Text;
using System.Text.RegularExpressions;
using PlanGen.Core.Input;
using PlanGen.Core.Text;
using PlanGen.Core.Yaml;

namespace PlanGen.Core.Templating;

/// <summary>
/// Escaping and inline emphasis for layout markup. Plan text is escaped first, so nothing a plan
/// says can open or close an element; only then are <c>**bold**</c> and <c>*italic*</c> turned
/// into tags, and only where the tags come out balanced. A star or "&lt;" written <c>\*</c> or
/// <c>\&lt;</c> is literal (<see cref="LiteralMarks"/>).
/// </summary>
internal static partial class MarkupText
{
    /// <summary>Escapes text for element content and attribute values (both quote kinds).</summary>
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("<>&\"'") < 0 && !PlanSource.HasForbidden(text))
        {
            return text;
        }
        var result = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '<': result.Append("&lt;"); break;
                case '>': result.Append("&gt;"); break;
                case '&': result.Append("&amp;"); break;
                case '"': result.Append("&quot;"); break;
                case '\'': result.Append("&apos;"); break;
                default:
                    // Characters XML 1.0 cannot carry would make the whole document unreadable;
                    // the reader reports them (PG1102), here they are only kept out of the markup.
                    if (!PlanSource.IsForbidden(c))
                    {
                        result.Append(c);
                    }
                    break;
            }
        }
        return result.ToString();
    }

    /// <summary>Escapes text and turns emphasis marks into <c>&lt;b&gt;</c>/<c>&lt;i&gt;</c> and line breaks into <c>&lt;br/&gt;</c>.</summary>
    public static string Inline(string text)
    {
        var escaped = Escape(LiteralMarks.Protect(text.Replace("\r\n", "\n", StringComparison.Ordinal)));
        if (escaped.Contains('*', StringComparison.Ordinal))
        {
            escaped = BoldSpans.Replace(escaped, static inner => "<b>" + inner + "</b>");
            escaped = Italic().Replace(escaped, static m => Balanced(m.Groups[1].Value) ? "<i>" + m.Groups[1].Value + "</i>" : m.Value);
        }
        return LiteralMarks.Restore(escaped.Replace("\n", "<br/>", StringComparison.Ordinal), "&lt;");
    }

    /// <summary>
    /// As <see cref="Inline(string)"/>, with each footnote reference <c>[^n]</c> that names one of
    /// <paramref name="footnotes"/> turned into a <c>&lt;footnote&gt;</c> holding the note's text.
    /// A reference to no note is left as typed: the reader reported it (PG2350).
    /// </summary>
    public static string Inline(string text, IReadOnlyList<string> footnotes)
    {
        var markup = Inline(text);
        return footnotes.Count == 0 ? markup : FootnoteMarks.Replace(markup, n => n <= footnotes.Count
            ? "<footnote>" + Inline(FootnoteMarks.Strip(footnotes[n - 1])) + "</footnote>"
            : FootnoteMarks.Format(n));
    }

    /// <summary>Escapes text and drops emphasis marks and footnote references, for attributes where tags cannot go.</summary>
    public static string Plain(string text) => Escape(FootnoteMarks.Strip(StripEmphasis(text)).Replace('\n', ' '));

    /// <summary>The text without its emphasis marks, its escaped stars and "&lt;" as the characters.</summary>
    public static string StripEmphasis(string text)
    {
        if (!text.Contains('*', StringComparison.Ordinal) && !text.Contains('\\', StringComparison.Ordinal))
        {
            return text;
        }
        var stripped = BoldSpans.Replace(LiteralMarks.Protect(text), static inner => inner);
        return LiteralMarks.Restore(Italic().Replace(stripped, "$1"));
    }

    // Bold pairs never nest, so an italic span is well formed when it holds whole <b>…</b> pairs:
    // as many openings as closings, and no closing before its opening.
    private static bool Balanced(string inner)
    {
        var depth = 0;
        for (var i = inner.IndexOf('<', StringComparison.Ordinal); i >= 0; i = inner.IndexOf('<', i + 1))
        {
            if (inner.AsSpan(i).StartsWith("<b>"))
            {
                depth++;
            }
            else if (inner.AsSpan(i).StartsWith("</b>") && --depth < 0)
            {
                return false;
            }
        }
        return depth == 0;
    }

    [GeneratedRegex(@"\*(?=[^\s*])([^*]+?)(?<=[^\s*])\*", RegexOptions.Singleline)]
    private static partial Regex Italic();
}
