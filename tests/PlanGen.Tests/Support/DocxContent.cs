using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PlanGen.Tests.Support;

/// <summary>The text of a DOCX as Word shows it: its words in order, and the rows of its bordered tables.</summary>
internal static class DocxContent
{
    /// <summary>The body's paragraphs (table cells included) in document order.</summary>
    public static List<string> Paragraphs(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        return [.. document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(Text)];
    }

    /// <summary>The rows of the body's last table with more than two columns (an appendix), cell texts left to right.</summary>
    public static List<List<string>> LastWideTable(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        var table = document.MainDocumentPart!.Document!.Body!.Descendants<Table>()
            .Last(t => t.Elements<TableRow>().Any(r => r.Elements<TableCell>().Count() > 2));
        return [.. table.Elements<TableRow>().Select(row => row.Elements<TableCell>()
            .Select(cell => string.Join(' ', cell.Elements<Paragraph>().Select(Text))).ToList())];
    }

    /// <summary>Text for comparing across formats: no whitespace at all (lines wrap at different places).</summary>
    public static string Squeezed(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static string Text(Paragraph paragraph) =>
        string.Concat(paragraph.Descendants().Select(e => e switch
        {
            Text t => t.Text,
            TabChar => " ",
            Break => " ",
            _ => "",
        }));
}
