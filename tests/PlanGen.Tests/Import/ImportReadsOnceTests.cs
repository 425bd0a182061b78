using System.Collections.Concurrent;
using PlanGen.Core;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Document;
using PlanGen.Core.Document.Reading;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Import;

/// <summary>
/// <c>plangen import</c> reads each document once, whatever kind it turns out to be (a plan, a report,
/// a công văn, a decision with its plan), named or found in a folder; and what the reader says of the
/// file (a line break written out as the characters \r\n) is printed once, not lost and not repeated.
/// </summary>
public sealed class ImportReadsOnceTests
{
    public static TheoryData<string, string> Documents() => new()
    {
        { "ke-hoach", "2017-bac-ninh-ubnd-155-kh.txt" },
        { "bao-cao", "2025-chinh-phu-300-bc.txt" },
        { "cong-van", "2020-bac-kan-stp-473-cv.txt" },
        { "quyet-dinh", "2021-khanh-hoa-ubnd-665-qd.txt" },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void A_document_named_is_read_once_and_its_readers_warning_printed_once(string kind, string name)
    {
        using var folder = new TempFolder();
        var source = WithEscapedBreak(folder, kind, name);
        foreach (var language in new[] { "vi", "en" })
        {
            var (run, reads) = Counted();

            var result = CliRun.In(run, "import", source, "-o", folder.File(language + ".yaml"), "--force", "--lang", language);

            Assert.Equal(1, reads.Reads(source));
            Assert.Equal(1, EscapedBreakWarnings(result));
        }
    }

    [Fact]
    public void Each_document_of_a_folder_is_read_once_also_when_it_is_told_from_notes()
    {
        using var folder = new TempFolder();
        var sources = Documents().Select(row => WithEscapedBreak(folder, (string)row[0], (string)row[1])).ToList();
        var notes = folder.File("ghi-chu.txt", "Ghi chú của văn thư: đã gửi bản giấy ngày 05/02/2024.\n");
        var (run, reads) = Counted();

        var result = CliRun.In(run, "import", folder.Path, "--lang", "en", "--verbose");

        Assert.All(sources.Append(notes), source => Assert.Equal(1, reads.Reads(source)));
        Assert.Equal(sources.Count, EscapedBreakWarnings(result));
    }

    [Fact]
    public void A_docx_is_read_once()
    {
        using var folder = new TempFolder();
        var docx = Path.Combine(TestPaths.Repository, "tests", "PlanGen.Tests", "Check", "Fixtures", "pandoc-lao-cai-2024.docx");
        var (run, reads) = Counted();

        CliRun.In(run, "import", docx, "-o", folder.File("kh.yaml"), "--lang", "en");

        Assert.Equal(1, reads.Reads(docx));
    }

    // The corpus document with its second line break written out as the characters \r\n, as some pages copy it.
    private static string WithEscapedBreak(TempFolder folder, string kind, string name)
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.Repository, "tests", "PlanGen.Tests", "Corpus", kind, name));
        var second = text.IndexOf('\n', text.IndexOf('\n', StringComparison.Ordinal) + 1);
        return folder.File(name, text[..second] + @"\r\n" + text[(second + 1)..]);
    }

    // The reader's warning names the characters it read as a line break, in either language.
    private static int EscapedBreakWarnings(CliRun result) =>
        (result.Out + result.Error).Split('\n').Count(line => line.Contains("PG6006", StringComparison.Ordinal) && line.Contains(@"\r\n", StringComparison.Ordinal));

    // The program's run, with its DOCX and text readers counting what they read.
    private static (PlanGenRun Run, ReadCount Reads) Counted()
    {
        var program = TestRun.New();
        var reads = new ReadCount();
        var run = new PlanGenRun(
            new CountingReader<PlanGen.Docx.Reading.DocxReader>(new(), reads),
            new CountingReader<PlanGen.Pdf.PdfDocumentReader>(PlanGen.Pdf.PdfDocumentReader.Instance, reads),
            new CountingReader<TextDocumentReader>(new(), reads))
        {
            Writer = program.Writer,
            OutputReader = program.OutputReader,
            Fixer = program.Fixer,
            Printer = program.Printer,
            SigningCheck = program.SigningCheck,
        };
        return (run, reads);
    }

    private sealed class ReadCount
    {
        private readonly ConcurrentDictionary<string, int> _reads = new(StringComparer.Ordinal);

        public void Read(string path) => _reads.AddOrUpdate(Path.GetFullPath(path), 1, (_, n) => n + 1);

        public int Reads(string path) => _reads.GetValueOrDefault(Path.GetFullPath(path));
    }

    // A reader of the program's that counts each file it reads (a type for each, as a run takes each type once).
    private sealed class CountingReader<TReader>(TReader reader, ReadCount reads) : IDocumentReader
        where TReader : IDocumentReader
    {
        public bool CanRead(string path) => reader.CanRead(path);

        public LayoutDocument? Read(string path, DiagnosticBag diagnostics)
        {
            reads.Read(path);
            return reader.Read(path, diagnostics);
        }
    }
}
