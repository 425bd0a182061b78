using System.Xml.Linq;
using PlanGen.Core.Document;
using static PlanGen.Docx.Reading.Wml;

namespace PlanGen.Docx.Reading;

/// <summary>
/// The page headers of each section. A section that names no header of a kind keeps the one of
/// the section before it, as Word does. Header paragraphs are numbered from 1 within their header.
/// </summary>
internal sealed class HeaderReader(DocxPackage package, IReadOnlyDictionary<string, string> relationships, ParagraphReader paragraphs)
{
    private readonly Dictionary<string, IReadOnlyList<Paragraph>> _parts = new(StringComparer.Ordinal);
    private IReadOnlyList<Paragraph> _first = [];
    private IReadOnlyList<Paragraph> _default = [];

    public (IReadOnlyList<Paragraph> First, IReadOnlyList<Paragraph> Default) Of(XElement? sectPr)
    {
        foreach (var reference in sectPr?.Elements(W + "headerReference") ?? [])
        {
            var id = (string?)reference.Attribute(R + "id");
            var header = id is not null && relationships.TryGetValue(id, out var part) ? Part(part) : [];
            switch (Attr(reference, "type"))
            {
                case "first": _first = header; break;
                case "default": _default = header; break;
            }
        }

        return (_first, _default);
    }

    private IReadOnlyList<Paragraph> Part(string part)
    {
        if (_parts.TryGetValue(part, out var cached)) return cached;
        var root = package.Load(part)?.Root;
        var number = 0;
        var read = root?.Descendants(W + "p")
            .Where(p => !p.Ancestors(W + "txbxContent").Any())
            .Select(p => paragraphs.Read(p, SourcePlace.OfParagraph(++number), tableStyleId: null))
            .ToList() ?? [];
        _parts[part] = read;
        return read;
    }
}
