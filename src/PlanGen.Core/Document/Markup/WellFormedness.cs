using System.Xml;

namespace PlanGen.Core.Document.Markup;

/// <summary>
/// Says in plangen's own words why markup is not well-formed XML. .NET's message is English only
/// and quotes lines of the generated markup, which a template author never sees; so the markup is
/// read again, keeping the open elements, and the failure is named by what was open where.
/// </summary>
internal static class WellFormedness
{
    private const int SnippetLength = 24;

    /// <summary>The error for markup that <paramref name="failure"/> showed to be malformed.</summary>
    public static LayoutError Explain(string markup, XmlReaderSettings settings, XmlException failure, string source)
    {
        var open = new Stack<(string Name, MarkupPlace Place)>();
        var at = new MarkupPlace(Math.Max(1, failure.LineNumber), Math.Max(1, failure.LinePosition));
        try
        {
            using var text = new StringReader(markup);
            using var reader = XmlReader.Create(text, settings);
            var info = (IXmlLineInfo)reader;
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && !reader.IsEmptyElement)
                {
                    open.Push((reader.Name, new MarkupPlace(info.LineNumber, info.LinePosition)));
                }
                else if (reader.NodeType == XmlNodeType.EndElement)
                {
                    open.Pop();
                }
            }
        }
        catch (XmlException again)
        {
            at = new MarkupPlace(Math.Max(1, again.LineNumber), Math.Max(1, again.LinePosition));
        }

        return Classify(markup, open, at, source);
    }

    private static LayoutError Classify(string markup, Stack<(string Name, MarkupPlace Place)> open, MarkupPlace at, string source)
    {
        var offset = OffsetOf(markup, at);
        if (offset >= markup.Length || markup.AsSpan(offset).IsWhiteSpace())
        {
            // The markup ended with elements still open: the innermost one is the first left unclosed.
            return open.Count > 0
                ? new LayoutError(source, open.Peek().Place.Line, open.Peek().Place.Column, "markup.unclosed", [open.Peek().Name])
                : new LayoutError(source, at.Line, at.Column, "markup.empty", []);
        }

        // The reader points at the name of a bad end tag, just after "</".
        if (offset >= 2 && markup[offset - 2] == '<' && markup[offset - 1] == '/')
        {
            var endName = NameAt(markup, offset);
            if (open.Count == 0)
            {
                return new LayoutError(source, at.Line, at.Column, "markup.end-without-start", [endName]);
            }

            var (name, place) = open.Peek();
            return new LayoutError(source, place.Line, place.Column, "markup.mismatched-end", [name, endName])
            {
                Related = at,
            };
        }

        var start = StartOfToken(markup, offset);
        var snippet = Snippet(markup, start);
        var startPlace = PlaceOf(markup, start);
        return markup[start] == '&' && snippet.Contains(';', StringComparison.Ordinal)
            ? new LayoutError(source, startPlace.Line, startPlace.Column, "markup.entity", [snippet[..(snippet.IndexOf(';', StringComparison.Ordinal) + 1)]])
            : new LayoutError(source, startPlace.Line, startPlace.Column, "markup.not-well-formed", [snippet]);
    }

    // The reader points inside a token (the name after '<', the name after '&'); the author wrote the whole token.
    private static int StartOfToken(string markup, int offset)
    {
        for (var i = offset; i >= 0 && i >= offset - SnippetLength && markup[i] != '\n'; i--)
        {
            if (markup[i] is '<' or '&')
            {
                return i;
            }
            if (markup[i] == '>')
            {
                break;
            }
        }
        return offset;
    }

    private static string Snippet(string markup, int start)
    {
        var end = start;
        while (end < markup.Length && end - start < SnippetLength && markup[end] is not ('\n' or '\r'))
        {
            end++;
        }
        return markup[start..end];
    }

    private static string NameAt(string markup, int offset)
    {
        var end = offset;
        while (end < markup.Length && end - offset < SnippetLength && markup[end] is not ('>' or '<') && !char.IsWhiteSpace(markup[end]))
        {
            end++;
        }
        return markup[offset..end];
    }

    private static int OffsetOf(string markup, MarkupPlace place)
    {
        var offset = 0;
        for (var line = 1; line < place.Line && offset < markup.Length; line++)
        {
            var next = markup.IndexOf('\n', offset);
            offset = next < 0 ? markup.Length : next + 1;
        }
        return Math.Min(markup.Length, offset + place.Column - 1);
    }

    private static MarkupPlace PlaceOf(string markup, int offset)
    {
        var lineStart = markup.LastIndexOf('\n', Math.Max(0, offset - 1)) + 1;
        if (offset == 0)
        {
            lineStart = 0;
        }
        return new MarkupPlace(markup.AsSpan(0, offset).Count('\n') + 1, offset - lineStart + 1);
    }
}
