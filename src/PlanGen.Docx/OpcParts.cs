using System.Globalization;
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

    public static void ContentTypes(XmlPartWriter w)
    {
        w.StartElement("", "Types");
        w.NamespaceDeclaration("", ContentTypesNs);
        Default(w, "rels", "application/vnd.openxmlformats-package.relationships+xml");
        Default(w, "xml", "application/xml");
        Override(w, PartIds.Document, Wml + "document.main+xml");
        Override(w, PartIds.Styles, Wml + "styles+xml");
        Override(w, PartIds.Settings, Wml + "settings+xml");
        Override(w, PartIds.PageNumberHeader, Wml + "header+xml");
        Override(w, PartIds.EmptyHeader, Wml + "header+xml");
        Override(w, PartIds.Core, "application/vnd.openxmlformats-package.core-properties+xml");
        w.EndElement();
    }

    public static void PackageRelationships(XmlPartWriter w)
    {
        w.StartElement("", "Relationships");
        w.NamespaceDeclaration("", RelationshipsNs);
        Relationship(w, "rId1", OfficeRel + "officeDocument", PartIds.Document);
        Relationship(w, "rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", PartIds.Core);
        w.EndElement();
    }

    public static void DocumentRelationships(XmlPartWriter w)
    {
        w.StartElement("", "Relationships");
        w.NamespaceDeclaration("", RelationshipsNs);
        Relationship(w, PartIds.StylesRel, OfficeRel + "styles", "styles.xml");
        Relationship(w, PartIds.SettingsRel, OfficeRel + "settings", "settings.xml");
        Relationship(w, PartIds.PageNumberHeaderRel, OfficeRel + "header", "header1.xml");
        Relationship(w, PartIds.EmptyHeaderRel, OfficeRel + "header", "header2.xml");
        w.EndElement();
    }

    /// <summary>Core properties from the markup only, and plangen's keyword; the date is the plan's date, never the clock.</summary>
    public static void CoreProperties(XmlPartWriter w, LayoutProperties properties)
    {
        // The element's own prefix is declared last, where packages written so far have it.
        w.StartElement("cp", "coreProperties");
        w.NamespaceDeclaration("dc", DcNs);
        w.NamespaceDeclaration("dcterms", DcTermsNs);
        w.NamespaceDeclaration("xsi", XsiNs);
        w.NamespaceDeclaration("cp", CoreNs);
        Optional(w, "dc", "title", properties.Title);
        Optional(w, "dc", "subject", properties.Subject);
        Optional(w, "dc", "creator", properties.Creator);
        // How a later build knows this file is its own to replace (Core.Output.OwnOutput).
        Optional(w, "cp", "keywords", Core.Output.OwnOutput.Keyword);
        if (properties.Date is { } date)
        {
            var stamp = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
            foreach (var name in new[] { "created", "modified" })
            {
                w.StartElement("dcterms", name);
                w.Attribute("xsi", "type", "dcterms:W3CDTF");
                w.Text(stamp);
                w.EndElement();
            }
        }

        w.EndElement();
    }

    /// <summary>An element with its text, if there is a value; an empty value gives an empty element.</summary>
    private static void Optional(XmlPartWriter w, string prefix, string name, string? value)
    {
        if (value is not null)
        {
            w.StartElement(prefix, name);
            if (value.Length > 0)
            {
                w.Text(value);
            }

            w.EndElement();
        }
    }

    private static void Default(XmlPartWriter w, string extension, string contentType)
    {
        w.StartElement("", "Default");
        w.Attribute("", "Extension", extension);
        w.Attribute("", "ContentType", contentType);
        w.EndElement();
    }

    private static void Override(XmlPartWriter w, string part, string contentType)
    {
        w.StartElement("", "Override");
        w.Attribute("", "PartName", "/" + part);
        w.Attribute("", "ContentType", contentType);
        w.EndElement();
    }

    private static void Relationship(XmlPartWriter w, string id, string type, string target)
    {
        w.StartElement("", "Relationship");
        w.Attribute("", "Id", id);
        w.Attribute("", "Type", type);
        w.Attribute("", "Target", target);
        w.EndElement();
    }
}
