using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using PlanGen.Docx;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Docx;

/// <summary>A written DOCX opened again with the SDK, with look-ups the tests share.</summary>
internal sealed class WrittenDocx : IDisposable
{
    private readonly MemoryStream _stream;

    public WrittenDocx(byte[] bytes)
    {
        _stream = new MemoryStream(bytes);
        Package = WordprocessingDocument.Open(_stream, isEditable: false);
        Main = Package.MainDocumentPart!;
        Body = Main.Document!.Body!;
        Format = new EffectiveFormat(Main);

        // Every DOCX a test makes must be schema-valid, not only the one the validity tests write.
        Assert.Empty(SchemaErrors());
    }

    public WordprocessingDocument Package { get; }

    public MainDocumentPart Main { get; }

    public Body Body { get; }

    public EffectiveFormat Format { get; }

    public static WrittenDocx Sample() => new(SampleMarkup.Docx());

    /// <summary>What the Office 2019 schema validator finds wrong, one line per error.</summary>
    public IReadOnlyList<string> SchemaErrors() =>
        [.. new OpenXmlValidator(FileFormatVersions.Office2019).Validate(Package).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")];

    public IReadOnlyList<SectionProperties> Sections =>
        Body.Descendants<SectionProperties>().ToList();

    public Paragraph Paragraph(string text) =>
        Body.Descendants<Paragraph>().First(p => string.Concat(p.Descendants<Text>().Select(t => t.Text)) == text);

    public Style Style(string id) =>
        Main.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId?.Value == id);

    /// <summary>Bold, italic and size of the first run of the paragraph with this text, as a reader sees them.</summary>
    public (bool Bold, bool Italic, double SizePt) Look(string text)
    {
        var paragraph = Paragraph(text);
        return Format.Run(paragraph, paragraph.Descendants<Run>().First());
    }

    public void Dispose()
    {
        Package.Dispose();
        _stream.Dispose();
    }
}
