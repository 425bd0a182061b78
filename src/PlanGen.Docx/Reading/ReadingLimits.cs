using System.Globalization;
using System.Xml;
using PlanGen.Core.Diagnostics;

namespace PlanGen.Docx.Reading;

/// <summary>
/// The work one DOCX may cost the reader, checked while it reads: XML nesting depth and element
/// count, measured by a streaming pass over each part before any tree of it is built (a small
/// part can nest 100,000 levels or unpack to millions of empty elements), and paragraphs, counted
/// as they are read. Each limit is an error with its own code, never a silent cut.
/// </summary>
internal sealed class ReadingLimits
{
    /// <summary>Levels of XML nesting in a part: Word's deepest documents (tables in tables, drawings, content controls) stay far below.</summary>
    public const int MaxDepth = 256;

    /// <summary>Elements in all the parts read: a plan of hundreds of pages with a 10,000-row appendix has about a million.</summary>
    public const long MaxElements = 2_000_000;

    /// <summary>Paragraphs in the body and headers, table cells included.</summary>
    public const int MaxParagraphs = 100_000;

    /// <summary>Characters of one list number (Word's own never pass a few dozen).</summary>
    public const int MaxLabelLength = 256;

    private long _elements;
    private int _paragraphs;

    /// <summary>Reads a part through once, without keeping it, and throws when it nests or holds too much.</summary>
    public void Measure(Stream part, string name, XmlReaderSettings settings)
    {
        using var reader = XmlReader.Create(part, settings);
        var lines = reader as IXmlLineInfo;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }
            if (reader.Depth >= MaxDepth)
            {
                throw new DocxReadException(DiagnosticCode.DocxNestingTooDeep, At(name, lines), Number(MaxDepth));
            }
            if (++_elements > MaxElements)
            {
                throw new DocxReadException(DiagnosticCode.DocxTooManyElements, name, Number(MaxElements));
            }
        }
    }

    /// <summary>Counts one paragraph read.</summary>
    public void Paragraph()
    {
        if (++_paragraphs > MaxParagraphs)
        {
            throw new DocxReadException(DiagnosticCode.DocxTooManyParagraphs, Number(MaxParagraphs));
        }
    }

    /// <summary>Throws when the list number of paragraph <paramref name="paragraph"/> came out too long.</summary>
    public static void Label(string? label, int paragraph)
    {
        if (label is { Length: > MaxLabelLength })
        {
            throw new DocxReadException(DiagnosticCode.DocxListLabelTooLong, Number(paragraph), Number(MaxLabelLength));
        }
    }

    private static string At(string name, IXmlLineInfo? lines) =>
        lines is { } at && at.HasLineInfo() ? $"{name} ({Number(at.LineNumber)},{Number(at.LinePosition)})" : name;

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
