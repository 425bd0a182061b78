using System.Text;

namespace PlanGen.Core.Document.Markup;

/// <summary>
/// Reads inline content (text, b, i, br, footnote) into flat runs. Whitespace is collapsed as in HTML,
/// because templates indent their output and that indentation must not reach the document.
/// </summary>
internal static class InlineParser
{
    public static bool IsInline(MarkupNode node) =>
        node is MarkupTextNode || node is MarkupElement { Namespace.Length: 0, LocalName: "b" or "i" or "br" or "footnote" };

    /// <summary>Runs of all children of an element that must hold inline content only.</summary>
    public static List<InlineRun> Read(MarkupElement element, ParseContext context)
    {
        var runs = context.InlineRuns;
        runs.Clear();
        foreach (var node in element.Children)
        {
            Append(node, element, runs, bold: false, italic: false, context);
        }

        return Normalize(runs);
    }

    public static void Append(MarkupNode node, MarkupElement parent, List<InlineRun> runs, bool bold, bool italic, ParseContext context)
    {
        switch (node)
        {
            case MarkupTextNode text:
                runs.Add(new InlineRun(Collapse(text.Value), bold, italic));
                break;
            // A break in any namespace is a break.
            case MarkupElement { LocalName: "br" } br:
                context.CheckAttributes(br);
                if (HoldsMoreThanBlanks(br))
                {
                    context.Error(br, "markup.br");
                }

                runs.Add(InlineRun.Break);
                break;
            case MarkupElement { Namespace.Length: 0, LocalName: "b" or "i" } emphasis:
                context.CheckAttributes(emphasis);
                var isBold = bold || emphasis.LocalName == "b";
                var isItalic = italic || emphasis.LocalName == "i";
                foreach (var child in emphasis.Children)
                {
                    Append(child, emphasis, runs, isBold, isItalic, context);
                }

                break;
            case MarkupElement { Namespace.Length: 0, LocalName: "footnote" } footnote when parent.LocalName != "footnote":
                runs.Add(ReadFootnote(footnote, context));
                break;
            case MarkupElement other:
                context.UnknownElement(other, parent);
                break;
        }
    }

    // A note's text keeps its own emphasis, not that of the words its reference follows; a note
    // holds no note (the element is unknown there).
    private static InlineRun ReadFootnote(MarkupElement footnote, ParseContext context)
    {
        context.CheckAttributes(footnote);
        var runs = new List<InlineRun>();
        foreach (var child in footnote.Children)
        {
            Append(child, footnote, runs, bold: false, italic: false, context);
        }
        var text = Normalize(runs);
        if (text.Count == 0)
        {
            context.Error(footnote, "markup.footnote-empty");
        }
        return InlineRun.Note(new Footnote(text));
    }

    private static bool HoldsMoreThanBlanks(MarkupElement element)
    {
        foreach (var child in element.Children)
        {
            if (child is not MarkupTextNode { IsBlank: true })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Merges neighbours with the same emphasis, drops doubled spaces across run boundaries and
    /// trims the paragraph's ends and the sides of line breaks. One pass over the runs.
    /// </summary>
    public static List<InlineRun> Normalize(List<InlineRun> runs)
    {
        var result = new List<InlineRun>(runs.Count);
        var atLineStart = true;
        foreach (var run in runs)
        {
            if (run.IsBreak)
            {
                TrimLastEnd(result);
                result.Add(run);
                atLineStart = true;
                continue;
            }

            if (run.Footnote is not null)
            {
                result.Add(run);
                atLineStart = false;
                continue;
            }

            var text = run.Text;
            var previousEndsWithSpace = result.Count > 0 && result[^1] is { IsBreak: false, Footnote: null } previous && previous.Text.EndsWith(' ');
            if (atLineStart || previousEndsWithSpace)
            {
                text = text.TrimStart(' ');
            }

            if (text.Length == 0)
            {
                continue;
            }

            atLineStart = false;
            if (result.Count > 0 && result[^1] is { IsBreak: false, Footnote: null } last && last.Bold == run.Bold && last.Italic == run.Italic)
            {
                result[^1] = last with { Text = last.Text + text };
            }
            else
            {
                result.Add(run with { Text = text });
            }
        }

        TrimLastEnd(result);
        return result;
    }

    private static void TrimLastEnd(List<InlineRun> result)
    {
        while (result.Count > 0 && result[^1] is { IsBreak: false, Footnote: null })
        {
            var trimmed = result[^1].Text.TrimEnd(' ');
            if (trimmed.Length > 0)
            {
                result[^1] = result[^1] with { Text = trimmed };
                return;
            }

            result.RemoveAt(result.Count - 1);
        }
    }

    /// <summary>
    /// Collapses whitespace that comes from the template's line breaks and indentation to one space.
    /// A run of plain spaces is kept as written: a draft's blanks ("Số:      /KH-STTTT",
    /// "ngày      tháng 4") are meant to be printed.
    /// </summary>
    public static string Collapse(string value)
    {
        // Most texts hold no whitespace but plain spaces, and those are kept: nothing to do.
        if (!HasCollapsibleBreak(value))
        {
            return value;
        }

        var builder = new StringBuilder(value.Length);
        var i = 0;
        while (i < value.Length)
        {
            if (!IsCollapsible(value[i]))
            {
                builder.Append(value[i++]);
                continue;
            }

            var start = i;
            var plainSpaces = true;
            for (; i < value.Length && IsCollapsible(value[i]); i++)
            {
                plainSpaces &= value[i] == ' ';
            }

            if (plainSpaces)
            {
                builder.Append(value, start, i - start);
            }
            else
            {
                builder.Append(' ');
            }
        }

        return builder.ToString();
    }

    private static bool IsCollapsible(char c) => char.IsWhiteSpace(c) && c != '\u00A0';

    /// <summary>
    /// Whether the text holds white space other than the plain and the no-break space. All of it
    /// lies in U+0009–U+000D, U+0085, U+1680 and U+2000–U+3000 (a test holds this to
    /// <see cref="char.IsWhiteSpace(char)"/>): the text is searched for those ranges, and only a
    /// character found in the last one, among the dashes and quotes a text often has, is tested.
    /// </summary>
    internal static bool HasCollapsibleBreak(ReadOnlySpan<char> text)
    {
        if (text.IndexOfAnyInRange('\t', '\r') >= 0 || text.IndexOfAny('\u0085', '\u1680') >= 0)
        {
            return true;
        }
        int next;
        while ((next = text.IndexOfAnyInRange('\u2000', '\u3000')) >= 0)
        {
            if (IsCollapsible(text[next]))
            {
                return true;
            }
            text = text[(next + 1)..];
        }
        return false;
    }

    /// <summary>Flattens inline content to a single line of plain text (for recipients and signature lines).</summary>
    public static string? ReadPlain(MarkupElement element, ParseContext context)
    {
        var text = InlineRun.PlainText(Read(element, context)).Replace('\n', ' ');
        return text.Length == 0 ? null : text;
    }
}
