using System.Xml;

namespace PlanGen.Docx;

/// <summary>
/// Writes WordprocessingML elements and attributes in the <c>w:</c> namespace straight to an
/// <see cref="XmlWriter"/>. Callers write children and attributes in schema order, which is the
/// order Word and the Open XML SDK expect; the namespace is declared once, on the root.
/// </summary>
internal sealed class WmlWriter(XmlWriter xml)
{
    public const string WordNs = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string XmlNs = "http://www.w3.org/XML/1998/namespace";

    /// <summary>The notes the body part refers to, in reading order; null in parts that hold none (headers).</summary>
    public List<Core.Document.Footnote>? Footnotes { get; set; }

    /// <summary>Opens a part's root element with <c>xmlns:w</c> (and <c>xmlns:r</c> when the part refers to relationships).</summary>
    public void StartRoot(string localName, bool withRelationships = false)
    {
        xml.WriteStartElement("w", localName, WordNs);
        xml.WriteAttributeString("xmlns", "w", null, WordNs);
        if (withRelationships)
        {
            xml.WriteAttributeString("xmlns", "r", null, RelNs);
        }
    }

    public void Start(string localName) => xml.WriteStartElement("w", localName, WordNs);

    public void End() => xml.WriteEndElement();

    public void Attribute(string localName, string value) => xml.WriteAttributeString("w", localName, WordNs, value);

    public void Attribute(string localName, int value) => Attribute(localName, Units.Text(value));

    /// <summary>An <c>r:id</c> attribute: a relationship of the part.</summary>
    public void RelationshipId(string id) => xml.WriteAttributeString("r", "id", RelNs, id);

    /// <summary>An element without attributes or children, such as <c>&lt;w:b /&gt;</c>.</summary>
    public void Empty(string localName)
    {
        Start(localName);
        End();
    }

    /// <summary>An element whose only content is its <c>w:val</c> attribute.</summary>
    public void Value(string localName, string value)
    {
        Start(localName);
        Attribute("val", value);
        End();
    }

    /// <summary>
    /// A text element; <c>xml:space="preserve"</c> keeps leading, trailing and doubled spaces,
    /// which Word would otherwise drop.
    /// </summary>
    public void Text(string localName, string text, bool preserveSpace)
    {
        Start(localName);
        if (preserveSpace)
        {
            xml.WriteAttributeString("xml", "space", XmlNs, "preserve");
        }

        xml.WriteString(text);
        End();
    }
}
