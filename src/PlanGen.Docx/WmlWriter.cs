namespace PlanGen.Docx;

/// <summary>
/// Writes WordprocessingML elements and attributes in the <c>w:</c> namespace into a part.
/// Callers write children and attributes in schema order, which is the order Word and the Open
/// XML SDK expect; the namespace is declared once, on the root.
/// </summary>
internal sealed class WmlWriter(XmlPartWriter xml)
{
    public const string WordNs = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>Opens a part's root element with <c>xmlns:w</c> (and <c>xmlns:r</c> when the part refers to relationships).</summary>
    public void StartRoot(string localName, bool withRelationships = false)
    {
        xml.StartElement("w", localName);
        xml.NamespaceDeclaration("w", WordNs);
        if (withRelationships)
        {
            xml.NamespaceDeclaration("r", RelNs);
        }
    }

    public void Start(string localName) => xml.StartElement("w", localName);

    public void End() => xml.EndElement();

    public void Attribute(string localName, string value) => xml.Attribute("w", localName, value);

    public void Attribute(string localName, int value) => xml.Attribute("w", localName, value);

    /// <summary>An <c>r:id</c> attribute: a relationship of the part.</summary>
    public void RelationshipId(string id) => xml.Attribute("r", "id", id);

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
            xml.Attribute("xml", "space", "preserve");
        }

        xml.Text(text);
        End();
    }
}
