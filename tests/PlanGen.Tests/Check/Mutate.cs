using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PlanGen.Tests.Check;

/// <summary>Changes one thing in a DOCX with the Open XML SDK, as a clerk would in Word.</summary>
internal static class Mutate
{
    public static byte[] Apply(byte[] docx, Action<Body> change)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = WordprocessingDocument.Open(stream, isEditable: true))
        {
            change(document.MainDocumentPart!.Document!.Body!);
            document.MainDocumentPart.Document.Save();
        }

        return stream.ToArray();
    }

    /// <summary>A footnote after the longest body paragraph, its note in <paramref name="noteHalfPoints"/>; null: the reference only, its note lost.</summary>
    public static void Footnote(Body body, string? noteHalfPoints)
    {
        LongBody(body).AppendChild(new Run(new FootnoteReference { Id = 2 }));
        if (noteHalfPoints is null)
        {
            return;
        }
        var part = ((DocumentFormat.OpenXml.Wordprocessing.Document)body.Parent!).MainDocumentPart!.AddNewPart<FootnotesPart>();
        part.Footnotes = new DocumentFormat.OpenXml.Wordprocessing.Footnotes(new DocumentFormat.OpenXml.Wordprocessing.Footnote(
            new Paragraph(new Run(new RunProperties(new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", EastAsia = "Times New Roman", ComplexScript = "Times New Roman" }, new FontSize { Val = noteHalfPoints }), new Text("Chỉ thị số 23-CT/TW ngày 25/5/2018 của Ban Bí thư."))))
        { Id = 2 });
        part.Footnotes.Save();
    }

    public static Paragraph Paragraph(Body body, Func<string, bool> text) =>
        body.Descendants<Paragraph>().First(p => text(string.Concat(p.Descendants<Text>().Select(t => t.Text))));

    public static Paragraph Starting(Body body, string start) => Paragraph(body, t => t.StartsWith(start, StringComparison.Ordinal));

    public static Paragraph LongBody(Body body) =>
        body.Descendants<Paragraph>().First(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Body" && p.InnerText.Length > 120);

    public static SectionProperties FirstSection(Body body) => body.Descendants<SectionProperties>().First();

    /// <summary>The runs of the header paragraphs that hold a PAGE field, in every header part.</summary>
    public static List<Run> PageNumberRuns(Body body) =>
        [.. ((DocumentFormat.OpenXml.Wordprocessing.Document)body.Parent!).MainDocumentPart!.HeaderParts
            .SelectMany(h => h.Header!.Descendants<Paragraph>())
            .Where(p => p.Descendants<FieldCode>().Any(c => c.Text.Contains("PAGE", StringComparison.Ordinal)) || p.Descendants<SimpleField>().Any())
            .SelectMany(p => p.Descendants<Run>())];

    public static SectionProperties LastSection(Body body) => body.Elements<SectionProperties>().Last();

    public static RunProperties RunProperties(Paragraph paragraph)
    {
        var run = paragraph.Descendants<Run>().First(r => r.InnerText.Trim().Length > 0);
        return run.RunProperties ??= new RunProperties();
    }

    public static ParagraphProperties Properties(Paragraph paragraph) => paragraph.ParagraphProperties ??= new ParagraphProperties();

    public static void SetText(Paragraph paragraph, string text)
    {
        var texts = paragraph.Descendants<Text>().ToList();
        texts[0].Text = text;
        texts[0].Space = SpaceProcessingModeValues.Preserve;
        foreach (var rest in texts.Skip(1)) rest.Text = "";
    }
}
