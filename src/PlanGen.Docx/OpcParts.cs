using System.Globalization;
using System.Xml;
using PlanGen.Core.Document;

namespace PlanGen.Docx;

/// <summary>The package plumbing written by hand: content types, relationships, core properties.</summary>
internal static class OpcParts
{
    private const string ContentTypesNs = "http://schemas.openxmlformats.org/package/2006/content-types";
    private const string RelationshipsNs = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string OfficeRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private const string Wml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    private const string CoreNs = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private const string DcNs = "http://purl.org/dc/elements/1.1/";
    private const string DcTermsNs = "http://purl.org/dc/terms/";
    private const string XsiNs = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>[Content_Types].xml; <paramref name="footnotes"/> adds the footnotes part.</summary>
    public static void ContentTypes(XmlWriter w, bool footnotes)
    {
        w.WriteStartElement("Types", ContentTypesNs);
        Default(w, "rels", "application/vnd.openxmlformats-package.relationships+xml");
        Default(w, "xml", "application/xml");
        Override(w, PartIds.Document, Wml + "document.main+xml");
        Override(w, PartIds.Styles, Wml + "styles+xml");
        Override(w, PartIds.Settings, Wml + "settings+xml");
        Override(w, PartIds.PageNumberHeader, Wml + "header+xml");
        Override(w, PartIds.EmptyHeader, Wml + "header+xml");
        Override(w, PartIds.Core, "application/vnd.openxmlformats-package.core-properties+xml");
        if (footnotes)
        {
            Override(w, PartIds.Footnotes, Wml + "footnotes+xml");
        }
        w.WriteEndElement();
    }

    public static void PackageRelationships(XmlWriter w)
    {
        w.WriteStartElement("Relationships", RelationshipsNs);
        Relationship(w, "rId1", OfficeRel + "officeDocument", PartIds.Document);
        Relationship(w, "rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", PartIds.Core);
        w.WriteEndElement();
    }

    /// <summary>The main part's relationships; <paramref name="footnotes"/> adds the footnotes part.</summary>
    public static void DocumentRelationships(XmlWriter w, bool footnotes)
    {
        w.WriteStartElement("Relationships", RelationshipsNs);
        Relationship(w, PartIds.StylesRel, OfficeRel + "styles", "styles.xml");
        Relationship(w, PartIds.SettingsRel, OfficeRel + "settings", "settings.xml");
        Relationship(w, PartIds.PageNumberHeaderRel, OfficeRel + "header", "header1.xml");
        Relationship(w, PartIds.EmptyHeaderRel, OfficeRel + "header", "header2.xml");
        if (footnotes)
        {
            Relationship(w, PartIds.FootnotesRel, OfficeRel + "footnotes", "footnotes.xml");
        }
        w.WriteEndElement();
    }

    /// <summary>Core properties from the markup only, and plangen's keyword; the date is the plan's date, never the clock.</summary>
    public static void CoreProperties(XmlWriter w, LayoutProperties properties)
    {
        w.WriteStartElement("cp", "coreProperties", CoreNs);
        w.WriteAttributeString("xmlns", "dc", null, DcNs);
        w.WriteAttributeString("xmlns", "dcterms", null, DcTermsNs);
        w.WriteAttributeString("xmlns", "xsi", null, XsiNs);
        Optional(w, "dc", "title", DcNs, properties.Title);
        Optional(w, "dc", "subject", DcNs, properties.Subject);
        Optional(w, "dc", "creator", DcNs, properties.Creator);
        // How a later build knows this file is its own to replace (Core.Output.OwnOutput).
        Optional(w, "cp", "keywords", CoreNs, Core.Output.OwnOutput.Keyword);
        if (properties.Date is { } date)
        {
            var stamp = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
            foreach (var name in new[] { "created", "modified" })
            {
                w.WriteStartElement("dcterms", name, DcTermsNs);
                w.WriteAttributeString("xsi", "type", XsiNs, "dcterms:W3CDTF");
                w.WriteString(stamp);
                w.WriteEndElement();
            }
        }

        w.WriteEndElement();
    }

    private static void Optional(XmlWriter w, string prefix, string name, string ns, string? value)
    {
        if (value is not null)
        {
            w.WriteElementString(prefix, name, ns, value);
        }
    }

    private static void Default(XmlWriter w, string extension, string contentType)
    {
        w.WriteStartElement("Default", ContentTypesNs);
        w.WriteAttributeString("Extension", extension);
        w.WriteAttributeString("ContentType", contentType);
        w.WriteEndElement();
    }

    private static void Override(XmlWriter w, string part, string contentType)
    {
        w.WriteStartElement("Override", ContentTypesNs);
        w.WriteAttributeString("PartName", "/" + part);
        w.WriteAttributeString("ContentType", contentType);
        w.WriteEndElement();
    }

    private static void Relationship(XmlWriter w, string id, string type, string target)
    {
        w.WriteStartElement("Relationship", RelationshipsNs);
        w.WriteAttributeString("Id", id);
        w.WriteAttributeString("Type", type);
        w.WriteAttributeString("Target", target);
        w.WriteEndElement();
    }
}
