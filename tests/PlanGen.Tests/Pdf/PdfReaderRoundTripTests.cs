using PlanGen.Core.Diagnostics;
using PlanGen.Core.Document;
using PlanGen.Core.Document.Reading;
using PlanGen.Pdf;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Pdf;

/// <summary>
/// Every example built to DOCX, printed to PDF by LibreOffice and read back: the reader's text
/// reproduces the DOCX's (at least 99 % of its words, in order), and the appendix's rows come back
/// with the right cell texts, the header row once, no page numbers.
/// </summary>
public sealed class PdfReaderRoundTripTests
{
    [LibreOfficeFact]
    public void Examples_printed_by_LibreOffice_read_back_with_their_words_and_appendix_rows()
    {
        using var temp = new TempFolder();
        var docxFiles = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var example in ExampleBuilds.All)
        {
            var docx = Path.Combine(temp.Path, Path.GetFileNameWithoutExtension(example) + ".docx");
            docxFiles[docx] = ExampleBuilds.Render(example).Docx;
            File.WriteAllBytes(docx, docxFiles[docx]);
        }
        LibreOffice.ConvertToPdf(temp.Path, docxFiles.Keys);

        foreach (var (docx, bytes) in docxFiles)
        {
            var name = Path.GetFileName(docx);
            var bag = new DiagnosticBag();
            var document = PdfDocumentReader.Instance.Read(Path.ChangeExtension(docx, ".pdf"), bag);
            Assert.True(document is not null, name + ": " + string.Join("; ", bag.Items.Select(d => TextDiagnosticFormatter.Format(d, "en"))));

            var expected = WordFidelity.Words(string.Join('\n', DocxContent.Paragraphs(bytes)));
            var read = WordFidelity.Words(string.Join('\n', SourceText.Paragraphs(document)));
            var score = WordFidelity.Score(expected, read);
            Assert.True(score >= 0.99, $"{name}: {score:P1} of the DOCX's words read back in order");
            Assert.True(read.Count <= expected.Count, $"{name}: {read.Count} words read, the DOCX has {expected.Count} (page numbers or repeated header rows left in?)");

            if (document.Pages.Any(s => s.Landscape))
            {
                AssertAppendixRows(name, DocxContent.LastWideTable(bytes), document);
            }
        }
    }

    private static void AssertAppendixRows(string name, List<List<string>> expected, LayoutDocument document)
    {
        var table = document.Body.OfType<TableBlock>().Last(t => t.Bordered);
        var rows = table.AllRows.ToList().Select(r => r.Cells.Select(c => DocxContent.Squeezed(c.Text)).Where(t => t.Length > 0).ToList()).ToList();
        var wanted = expected.Select(r => r.Select(DocxContent.Squeezed).Where(t => t.Length > 0).ToList()).ToList();
        Assert.Equal(wanted.Count, rows.Count);
        for (var i = 0; i < wanted.Count; i++)
        {
            Assert.True(wanted[i].SequenceEqual(rows[i]), $"{name}, appendix row {i + 1}: expected [{string.Join(" | ", wanted[i])}], read [{string.Join(" | ", rows[i])}]");
        }
        // Over several pages, the header row LibreOffice repeats is read once and marked as repeating.
        var lastPage = table.AllRows.ToList().SelectMany(r => r.Cells).SelectMany(c => c.Blocks).Max(b => b.Place!.Value.Page);
        Assert.Equal(lastPage > table.Place!.Value.Page, table.HeaderRows.Count > 0);
        Assert.DoesNotContain(rows.Skip(1), r => r.SequenceEqual(rows[0]));
    }
}
