using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PlanGen.Core.Check;
using PlanGen.Core.Document.Reading;

namespace PlanGen.Docx.Fixing;

/// <summary>
/// Repairs what is mechanical in a checked DOCX, on a copy in memory: paper and margins, fonts,
/// body paragraphs, the header items' sizes and emphasis, the number and date lines' leading
/// zeros, the recipients block, and page numbers from page 2. Text never changes except the
/// number and date lines' form; what needs judgement is left for the check to report.
/// </summary>
public static class DocxFixer
{
    /// <summary>The fixed copy of <paramref name="docx"/>, whose reading is <paramref name="document"/>.</summary>
    public static byte[] Fix(byte[] docx, SourceDocument document, CheckRanges ranges)
    {
        ArgumentNullException.ThrowIfNull(docx);
        ArgumentNullException.ThrowIfNull(ranges);
        var parts = new DocumentParts(document);
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var package = WordprocessingDocument.Open(stream, isEditable: true))
        {
            var main = package.MainDocumentPart!;
            var body = main.Document!.Body!;
            var profile = LayoutProfile.Nd30;
            PageFixes.Sections(body, ranges);
            PageFixes.Fonts(main, ranges.Font);
            var paragraphs = body.Descendants<Paragraph>().Where(p => !p.Ancestors<TextBoxContent>().Any()).ToList();
            Paragraph? At(SourceParagraph source) =>
                source.Location.Paragraph - 1 is var i && i >= 0 && i < paragraphs.Count ? paragraphs[i] : null;

            foreach (var source in parts.Body)
            {
                if (At(source) is { } paragraph) TextFixes.Body(paragraph, source, ranges);
            }

            TextFixes.Item(At, parts.NationalTitle, ranges["NationalTitleSizePt"], bold: true, italic: false);
            TextFixes.Item(At, parts.Motto, ranges["MottoSizePt"], bold: true, italic: false);
            TextFixes.Item(At, parts.Issuer, ranges["IssuerSizePt"], bold: true, italic: false);
            TextFixes.Item(At, parts.Number, ranges["NumberSizePt"], bold: null, italic: false);
            TextFixes.Item(At, parts.PlaceDate, ranges["PlaceDateSizePt"], bold: null, italic: true);
            TextFixes.Item(At, parts.DocumentType, ranges["DocumentTypeSizePt"], bold: true, italic: false);
            foreach (var subject in parts.Subject) TextFixes.Item(At, subject, ranges["SubjectSizePt"], bold: true, italic: false);
            TextFixes.Item(At, parts.RecipientsHeading, ranges["RecipientsHeadingSizePt"], bold: true, italic: true);
            foreach (var recipient in parts.Recipients) TextFixes.Item(At, recipient, ranges["RecipientsSizePt"], bold: null, italic: false);
            foreach (var line in parts.SigningLines) TextFixes.Item(At, line, ranges["SignatureSizePt"], bold: true, italic: false);
            TextFixes.Item(At, parts.SignerName, ranges["SignatureSizePt"], bold: true, italic: false);
            if (parts.Number is { } number && At(number.Paragraph) is { } numberParagraph) TextFixes.LeadingZeros(numberParagraph, number.Text);
            if (parts.PlaceDate is { } date && At(date.Paragraph) is { } dateParagraph) TextFixes.LeadingZeros(dateParagraph, date.Text);
            PageNumberFixes.Apply(main, body, profile, document, ranges["PageNumberSizePt"]);
            main.Document.Save();
        }

        return stream.ToArray();
    }
}
