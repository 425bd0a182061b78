using System.Xml;

namespace PlanGen.Core.Document.Markup;

/// <summary>
/// Markup read into <see cref="MarkupElement"/>s in one pass of an <see cref="XmlReader"/>, with
/// the element found past the nesting limit on the way.
/// </summary>
/// <param name="Root">The root element.</param>
/// <param name="TooDeep">The element reported as nested too deep (<see cref="MarkupDepth"/>), or null.</param>
internal sealed record MarkupTree(MarkupElement Root, MarkupElement? TooDeep)
{
    /// <summary>Reads the whole markup; throws <see cref="XmlException"/> when it is not well-formed.</summary>
    public static MarkupTree Read(string markup, XmlReaderSettings settings)
    {
        using var text = new StringReader(markup);
        using var reader = XmlReader.Create(text, settings);
        var place = (IXmlLineInfo)reader;
        MarkupElement? root = null;
        MarkupElement? tooDeep = null;
        // The open elements, innermost last; kept here, not on the call stack, so no depth overflows it.
        var open = new List<MarkupElement>();
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    var element = new MarkupElement(reader.LocalName, reader.NamespaceURI, place.LineNumber, place.LinePosition);
                    ReadAttributes(reader, place, element);
                    if (open.Count == 0)
                    {
                        root = element;
                    }
                    else
                    {
                        open[^1].AddChild(element);
                    }

                    if (MarkupDepth.IsReported(open.Count + 1))
                    {
                        tooDeep = element;
                    }

                    if (!reader.IsEmptyElement)
                    {
                        open.Add(element);
                    }

                    break;
                case XmlNodeType.EndElement:
                    open.RemoveAt(open.Count - 1);
                    break;
                case XmlNodeType.Whitespace when open.Count > 0 && HoldsElementsOnly(open[^1]):
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace when open.Count > 0:
                    open[^1].AddChild(new MarkupTextNode(reader.Value, place.LineNumber, place.LinePosition));
                    break;
                default:
                    break; // the declaration and whitespace around the root; comments and instructions are not reported
            }
        }

        // A reader that read to the end without an exception has read one root element.
        return new MarkupTree(root ?? throw new InvalidOperationException("The markup has no root element."), tooDeep);
    }

    /// <summary>
    /// Elements that hold elements only: no reader reads their blank text (other text there is an
    /// error), so the whitespace a template indents their children with is not kept, nor made a
    /// string, which saves a string and a node per line of a table, a signature, a document.
    /// </summary>
    private static bool HoldsElementsOnly(MarkupElement element) =>
        element.Namespace.Length == 0
        && element.LocalName is "document" or "header" or "signing" or "recipients" or "signature" or "section" or "table" or "row" or "header-row";

    private static void ReadAttributes(XmlReader reader, IXmlLineInfo place, MarkupElement element)
    {
        if (!reader.MoveToFirstAttribute())
        {
            return;
        }

        do
        {
            // An attribute without a prefix is in no namespace, whatever the default namespace.
            var ns = reader.Prefix.Length == 0 ? string.Empty : reader.NamespaceURI;
            element.AddAttribute(new MarkupAttribute(reader.LocalName, ns, reader.Value, place.LineNumber, place.LinePosition));
        }
        while (reader.MoveToNextAttribute());

        reader.MoveToElement();
    }
}
