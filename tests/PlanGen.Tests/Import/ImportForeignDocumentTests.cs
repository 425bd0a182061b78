using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PlanGen.Tests.Support;
using Xunit.Abstractions;

namespace PlanGen.Tests.Import;

/// <summary>
/// Documents plangen did not write itself import into plans that validate and build with at
/// least 97 % of the source's words in order: the Lào Cai example as LibreOffice printed it to
/// PDF, and the same example's text typed plainly into Word, one paragraph per line, no styles.
/// </summary>
public sealed class ImportForeignDocumentTests(ITestOutputHelper output)
{
    [Fact]
    public void A_pdf_LibreOffice_printed_from_a_plangen_docx_imports_builds_and_keeps_the_words()
    {
        using var folder = new TempFolder();
        var source = folder.File("ubnd-tinh-atgt-2024.pdf");
        File.Copy(Path.Combine(TestPaths.Repository, "tests", "PlanGen.Tests", "Pdf", "Fixtures", "ubnd-tinh-atgt-2024.pdf"), source, overwrite: true);
        var example = WordFidelity.Words(string.Join("\n", DocxContent.Paragraphs(ExampleBuilds.Render("lao-cai-2024/ubnd-tinh-atgt-2024.yaml").Docx)));

        var score = ImportAndBuild(source, example);

        Assert.True(score >= 0.97, $"only {score:P2} of the example's words are in the rebuilt document");
    }

    [Fact]
    public void A_docx_typed_plainly_one_paragraph_per_line_imports_builds_and_keeps_the_words()
    {
        using var folder = new TempFolder();
        var lines = ExampleLines(ExampleBuilds.Render("lao-cai-2024/ubnd-tinh-atgt-2024.yaml").Docx);
        var source = folder.File("ke-hoach-go-tay.docx");
        WritePlainDocx(source, lines);

        var score = ImportAndBuild(source, WordFidelity.Words(string.Join("\n", lines)));

        Assert.True(score >= 0.97, $"only {score:P2} of the typed words are in the rebuilt document");
    }

    /// <summary>The example's text as a clerk retypes it: each paragraph a line, each table row a line of cells between tabs.</summary>
    private static List<string> ExampleLines(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        var lines = new List<string>();
        foreach (var block in document.MainDocumentPart!.Document!.Body!.ChildElements)
        {
            if (block is Paragraph paragraph) lines.Add(paragraph.InnerText);
            else if (block is Table table)
            {
                lines.AddRange(table.Elements<TableRow>().Select(row => string.Join('\t', row.Elements<TableCell>().Select(cell => string.Join(' ', cell.Elements<Paragraph>().Select(p => p.InnerText))))));
            }
        }
        return lines;
    }

    /// <summary>import, validate and build through the command line; the share of <paramref name="expected"/> in the built DOCX.</summary>
    private double ImportAndBuild(string source, IReadOnlyList<string> expected)
    {
        var yaml = Path.ChangeExtension(source, ".yaml");
        var imported = CliRun.Of("import", source, "--lang", "en");
        Assert.True(imported.ExitCode == 0, imported.Error);
        var validated = CliRun.Of("validate", yaml, "--lang", "en");
        Assert.True(validated.ExitCode == 0, validated.Error);
        // Built beside it, not over it: the typed document is the clerk's (build refuses to replace it).
        var rebuiltPath = Path.ChangeExtension(source, ".rebuilt.docx");
        var built = CliRun.Of("build", yaml, "-o", rebuiltPath, "--lang", "en");
        Assert.True(built.ExitCode == 0, built.Error);

        var rebuilt = WordFidelity.Words(string.Join("\n", DocxContent.Paragraphs(File.ReadAllBytes(rebuiltPath))));
        var score = WordFidelity.Score(expected, rebuilt);
        output.WriteLine($"{Path.GetFileName(source)}: {score:P2} of {expected.Count} words");
        return score;
    }

    /// <summary>A DOCX as a clerk types it: one plain paragraph per line, a tab typed as a tab, no styles, no numbering, no tables.</summary>
    private static void WritePlainDocx(string path, IEnumerable<string> lines)
    {
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var body = new Body();
        foreach (var line in lines)
        {
            var run = new Run();
            var cells = line.Split('\t');
            for (var i = 0; i < cells.Length; i++)
            {
                if (i > 0) run.Append(new TabChar());
                if (cells[i].Length > 0) run.Append(new Text(cells[i]) { Space = SpaceProcessingModeValues.Preserve });
            }
            body.Append(new Paragraph(run));
        }
        document.AddMainDocumentPart().Document = new DocumentFormat.OpenXml.Wordprocessing.Document(body);
    }
}
