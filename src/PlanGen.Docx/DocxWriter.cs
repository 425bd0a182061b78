using PlanGen.Core.Build;
using PlanGen.Core.Document;
using PlanGen.Core.Layout;

namespace PlanGen.Docx;

/// <summary>Writes a layout tree as a DOCX laid out by a <see cref="LayoutProfile"/> (Decree 30 by default).</summary>
public sealed class DocxWriter : IDocumentWriter
{
    /// <summary>The writer Core builds through (<see cref="Core.PlanGenRun.Writer"/>); it holds nothing.</summary>
    public static DocxWriter Instance { get; } = new();

    /// <inheritdoc />
    public byte[] Write(LayoutDocument document, LayoutProfile profile)
    {
        using var docx = new MemoryStream();
        Write(document, docx, profile);
        return docx.ToArray();
    }

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

        // The body is written first: only then is it known whether it refers to footnotes, which
        // the parts listed before it (content types) must name.
        var notes = new List<Footnote>();
        var body = PackageWriter.Serialize(w =>
        {
            w.Footnotes = notes;
            WriteDocument(doc, new WriterContext(profile, w, doc.Landscape));
        });
        var hasNotes = notes.Count > 0;
        PackageWriter.Write(
        [
            PackageWriter.SmallXml("[Content_Types].xml", w => OpcParts.ContentTypes(w, hasNotes)),
            PackageWriter.SmallXml("_rels/.rels", OpcParts.PackageRelationships),
            PackageWriter.SmallXml(PartIds.Core, w => OpcParts.CoreProperties(w, doc.Properties)),
            new PackageWriter.Entry(PartIds.Document, stream => stream.Write(body.Span), Deflate: true),
            PackageWriter.SmallXml("word/_rels/document.xml.rels", w => OpcParts.DocumentRelationships(w, hasNotes)),
            .. StaticParts.Of(profile, hasNotes),
            .. hasNotes ? [PackageWriter.Wml(PartIds.Footnotes, w => FootnotesWriter.Write(w, notes))] : Array.Empty<PackageWriter.Entry>(),
        ], output);
    }

    /// <summary>document.xml: the body, with the relationships namespace for the header references.</summary>
    private static void WriteDocument(LayoutDocument doc, WriterContext context)
    {
        var w = context.Writer;
        w.StartRoot("document", withRelationships: true);
        w.Start("body");
        WriteBody(doc, context);
        w.End();
        w.End();
    }

    /// <summary>
    /// The document's sections, then those of each document issued with it (the plan after its
    /// decision): each from a new page, its page numbers counted from 1 again with none on its
    /// first page, as a document of its own. A section's properties sit in the last paragraph
    /// before the next section, as WordprocessingML wants; the last section's close the body.
    /// </summary>
    private static void WriteBody(LayoutDocument doc, WriterContext context)
    {
        var open = WriteSections(doc, context, restartNumbering: false);
        foreach (var issued in doc.Issued)
        {
            SectionPropertiesWriter.Break(context.Writer, context.Profile, open);
            open = WriteSections(issued, new WriterContext(context.Profile, context.Writer, issued.Landscape), restartNumbering: true);
        }

        SectionPropertiesWriter.Write(context.Writer, context.Profile, open);
    }

    /// <summary>
    /// Body section first (portrait unless the document asks for landscape, page 1 without number);
    /// each attached section then opens a new one. Returns how the last, still open, section is set up.
    /// </summary>
    private static SectionLayout WriteSections(LayoutDocument doc, WriterContext context, bool restartNumbering)
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

        var open = new SectionLayout(doc.Landscape, FirstPageEmpty: true, restartNumbering);
        foreach (var attachment in doc.Attachments)
        {
            SectionPropertiesWriter.Break(context.Writer, context.Profile, open);
            var landscape = AttachedSectionWriter.IsLandscape(attachment, context.Profile);
            open = new SectionLayout(landscape, FirstPageEmpty: false, RestartNumbering: false);
            AttachedSectionWriter.Write(attachment, landscape, context);
        }

        return open;
    }
}
