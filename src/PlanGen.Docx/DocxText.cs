using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PlanGen.Docx;

/// <summary>Plain text of a DOCX body, for checking that every word of the plan reached the file.</summary>
public static class DocxText
{
    /// <summary>
    /// The text of each paragraph of the body, table cells included, in reading order (rows top
    /// to bottom, cells left to right); a line break inside a paragraph is <c>\n</c>.
    /// </summary>
    public static IReadOnlyList<string> Paragraphs(Stream docx)
    {
        using var document = WordprocessingDocument.Open(docx, isEditable: false);
        var body = document.MainDocumentPart?.Document?.Body ?? throw new InvalidDataException("The package has no document body.");
        var result = new List<string>();
        foreach (var paragraph in body.Descendants<Paragraph>())
        {
            result.Add(Text(paragraph));
        }

        return result;
    }

    private static string Text(Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case Text t:
                    text.Append(t.Text);
                    break;
                case Break:
                    text.Append('\n');
                    break;
                case TabChar:
                    text.Append('\t');
                    break;
                default:
                    break;
            }
        }

        return text.ToString();
    }
}
