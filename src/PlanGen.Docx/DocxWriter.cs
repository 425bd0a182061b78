using DocumentFormat.OpenXml.Wordprocessing;
using PlanGen.Core.Document;

namespace PlanGen.Docx;

/// <summary>Writes a layout tree as a DOCX laid out by a <see cref="LayoutProfile"/> (Decree 30 by default).</summary>
public static class DocxWriter
{
    private const string WordNs = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>Writes the document. The same tree and profile always give the same bytes.</summary>
    /// <exception cref="ArgumentException">When the profile has values outside the decree's ranges.</exception>
    public static void Write(LayoutDocument doc, Stream output, LayoutProfile? profile = null)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(output);
        profile ??= LayoutProfile.Nd30;
        var violations = profile.Validate();
        if (violations.Count > 0)
        {
            throw new ArgumentException(
                "The layout profile breaks the decree: " + string.Join("; ", violations.Select(v => $"{v.Setting}: {v.Rule}")),
                nameof(profile));
        }

        var document = new Document();
        document.AddNamespaceDeclaration("w", WordNs);
        document.AddNamespaceDeclaration("r", RelNs);
        var body = new Body();
        document.Append(body);
        BuildBody(doc, new WriterContext(profile, body, doc.Landscape));

        PackageWriter.Write(
        [
            PackageWriter.Xml("[Content_Types].xml", OpcParts.ContentTypes),
            PackageWriter.Xml("_rels/.rels", OpcParts.PackageRelationships),
            PackageWriter.Xml(PartIds.Core, w => OpcParts.CoreProperties(w, doc.Properties)),
            PackageWriter.Part(PartIds.Document, document),
            PackageWriter.Xml("word/_rels/document.xml.rels", OpcParts.DocumentRelationships),
            .. StaticParts.Of(profile),
        ], output);
    }

    /// <summary>
    /// Body section first (portrait unless the document asks for landscape, page 1 without number); each attached section then opens a new one
    /// whose properties sit in the last paragraph before the next one, as WordprocessingML wants.
    /// </summary>
    private static void BuildBody(LayoutDocument doc, WriterContext context)
    {
        if (doc.Header is not null)
        {
            HeaderBlockWriter.Write(doc.Header, context);
        }

        if (doc.Title is not null)
        {
            TitleWriter.Write(doc.Title, context);
        }

        BlockWriter.WriteAll(doc.Body, context);
        if (doc.Signing is not null)
        {
            SigningWriter.Write(doc.Signing, context);
        }

        var section = SectionBuilder.Build(context.Profile, doc.Landscape, firstPageEmpty: true);
        foreach (var attachment in doc.Attachments)
        {
            context.Add(SectionBuilder.Break(section));
            var landscape = AttachedSectionWriter.IsLandscape(attachment, context.Profile);
            AttachedSectionWriter.Write(attachment, landscape, context);
            section = SectionBuilder.Build(context.Profile, landscape, firstPageEmpty: false);
        }

        context.Add(section);
    }
}
