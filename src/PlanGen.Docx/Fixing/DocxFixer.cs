using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PlanGen.Core.Check;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Recognition;
using PlanGen.Core.Layout;
using PlanGen.Docx.Reading;
using ReadParagraph = PlanGen.Core.Document.Paragraph;

namespace PlanGen.Docx.Fixing;

/// <summary>
/// Repairs what is mechanical in a checked DOCX, on a copy in memory: paper and margins, fonts,
/// body paragraphs, the header items' sizes and emphasis, the number and date lines' form (leading
/// zeros, spaces, colon, comma), the recipients block, and page numbers from page 2. Text never
/// changes except the number and date lines' form; what needs judgement is left for the check to report.
/// </summary>
public sealed class DocxFixer : IDocumentFixer
{
    /// <summary>The fixer Core's check runs through (<see cref="Core.PlanGenRun.Fixer"/>); it holds nothing.</summary>
    public static DocxFixer Instance { get; } = new();

    /// <summary>
    /// A repaired copy of the DOCX at <paramref name="path"/>. The file is read once, and the copy is
    /// made from the very bytes that were read. A package the reader took but the Open XML SDK
    /// refuses to open is damaged (PG5003), not a failure of the run.
    /// </summary>
    public FixedCopy? Fix(string path, CheckRanges ranges, bool macroEnabled, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var bytes = DocxReader.ReadFile(path, diagnostics);
        var document = bytes is null ? null : DocxReader.Read(path, bytes, diagnostics);
        if (document is null) return null;
        try
        {
            return Repair(bytes!, document, ranges, macroEnabled);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or XmlException or IOException or InvalidOperationException or KeyNotFoundException or ArgumentException)
        {
            diagnostics.Add(DiagnosticCode.DocxCorrupt, SourceSpan.WholeFile(path), path, string.Join(' ', e.Message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
            return null;
        }
    }

    /// <summary>
    /// The fixed copy of <paramref name="docx"/>, whose reading is <paramref name="document"/>: a
    /// macro-enabled document (.docm) when <paramref name="macroEnabled"/>, else a plain DOCX, from
    /// which a .docm's macros are removed (Word opens no .docx that carries them).
    /// </summary>
    private static FixedCopy Repair(byte[] docx, PlanGen.Core.Document.LayoutDocument document, CheckRanges ranges, bool macroEnabled)
    {
        ArgumentNullException.ThrowIfNull(docx);
        ArgumentNullException.ThrowIfNull(ranges);
        var parts = DocumentOutline.Of(document);
        using var stream = new MemoryStream();
        stream.Write(docx);
        var macrosDropped = false;
        using (var package = WordprocessingDocument.Open(stream, isEditable: true))
        {
            // The reader took the package; the SDK, which reads the content types the reader does not, may see no document in it.
            var main = package.MainDocumentPart ?? throw new InvalidDataException("the content types name no main document part");
            if (!macroEnabled && main.VbaProjectPart is { } macros)
            {
                main.DeletePart(macros);
                macrosDropped = true;
            }
            var type = macroEnabled ? WordprocessingDocumentType.MacroEnabledDocument : WordprocessingDocumentType.Document;
            if (package.DocumentType != type)
            {
                package.ChangeDocumentType(type);
                main = package.MainDocumentPart!;
            }
            var body = main.Document?.Body ?? throw new InvalidDataException("the main document part has no body");
            var profile = LayoutProfile.Nd30;
            PageFixes.Sections(body, ranges);
            PageFixes.Fonts(main, ranges.Font);
            var paragraphs = body.Descendants<Paragraph>().Where(p => !p.Ancestors<TextBoxContent>().Any()).ToList();
            Paragraph? At(ReadParagraph source) =>
                DocumentCheckContext.NumberOf(source) - 1 is var i && i >= 0 && i < paragraphs.Count ? paragraphs[i] : null;

            foreach (var source in parts.Documents.SelectMany(d => d.Body))
            {
                if (At(source) is { } paragraph) TextFixes.Body(paragraph, source, ranges);
            }

            TextFixes.Item(At, parts.NationalTitle, ranges["NationalTitleSizePt"], bold: true, italic: false);
            TextFixes.Item(At, parts.Motto, ranges["MottoSizePt"], bold: true, italic: false);
            foreach (var line in parts.IssuerLines) TextFixes.Item(At, line, ranges["IssuerSizePt"], bold: true, italic: false);
            TextFixes.Item(At, parts.Number, ranges["NumberSizePt"], bold: null, italic: false);
            TextFixes.Item(At, parts.PlaceDate, ranges["PlaceDateSizePt"], bold: null, italic: true);
            TextFixes.Item(At, parts.DocumentType, ranges["DocumentTypeSizePt"], bold: true, italic: false);
            foreach (var subject in parts.Subject) TextFixes.Item(At, subject, ranges["SubjectSizePt"], bold: true, italic: false);
            TextFixes.Item(At, parts.RecipientsHeading, ranges["RecipientsHeadingSizePt"], bold: true, italic: true);
            foreach (var recipient in parts.Recipients) TextFixes.Item(At, recipient, ranges["RecipientsSizePt"], bold: null, italic: false);
            foreach (var line in parts.SigningLines) TextFixes.Item(At, line, ranges["SignatureSizePt"], bold: true, italic: false);
            TextFixes.Item(At, parts.SignerName, ranges["SignatureSizePt"], bold: true, italic: false);
            if (parts.Number is { } number && At(number.Paragraph) is { } numberParagraph) TextFixes.NumberOrDateLine(numberParagraph, number.Text);
            if (parts.PlaceDate is { } date && At(date.Paragraph) is { } dateParagraph) TextFixes.NumberOrDateLine(dateParagraph, date.Text);
            PageNumberFixes.Apply(main, body, profile, document, ranges["PageNumberSizePt"]);
            main.Document.Save();
        }

        return new FixedCopy(stream.ToArray(), macrosDropped);
    }
}
