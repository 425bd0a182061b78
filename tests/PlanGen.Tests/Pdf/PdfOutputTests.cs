using System.Text;
using System.Text.RegularExpressions;
using PlanGen.Core.Diagnostics;
using PlanGen.Pdf.Output;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Pdf;

/// <summary>
/// <c>build --pdf</c> and <c>--pdfa</c>: the printed copy numbered from page 2 with its landscape
/// appendix, PDF/A-2b for the archive, a batch in parallel, and the failures: LibreOffice missing
/// (the DOCX is still written), failing, or too slow (no PDF, an earlier one untouched).
/// The tests share one class because one of them sets PLANGEN_SOFFICE for the process.
/// </summary>
public sealed partial class PdfOutputTests
{
    [GeneratedRegex(@"Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+) pts")]
    private static partial Regex PageSize();

    private static string Example(string name) => ExampleBuilds.PathOf(name);

    [LibreOfficeFact]
    public void Build_pdf_prints_the_plan_numbered_from_page_two_with_a_landscape_appendix()
    {
        using var temp = new TempFolder();
        var docx = Path.Combine(temp.Path, "lao-cai.docx");
        var run = CliRun.Of("build", Example("lao-cai-2024/ubnd-tinh-atgt-2024.yaml"), "-o", docx, "--pdf");
        Assert.True(run.ExitCode == 0, run.Error);
        var pdf = Path.Combine(temp.Path, "lao-cai.pdf");
        Assert.True(File.Exists(pdf), "no PDF beside the DOCX");

        var info = LibreOffice.Info(pdf, 99);
        var pages = int.Parse(Regex.Match(info, @"Pages:\s+(\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(pages >= 3, $"{pages} page(s)");
        var first = Lines(LibreOffice.PageText(pdf, 1));
        Assert.DoesNotContain("1", first);
        Assert.Equal("2", Lines(LibreOffice.PageText(pdf, 2))[0]);
        var landscape = PageSize().Matches(info).Select(m => double.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) > double.Parse(m.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(pages, landscape.Count);
        Assert.False(landscape[0]);
        Assert.True(landscape[^1], "the appendix pages must be landscape");
        Assert.Contains("Phụ lục", LibreOffice.PageText(pdf, landscape.IndexOf(true) + 1), StringComparison.Ordinal);
        Assert.All(EmbeddedColumn(pdf), embedded => Assert.Equal("yes", embedded));
        // The printed copy is the one handed over for signing: check finds nothing in it.
        var check = CliRun.Of("check", pdf);
        Assert.True(check.ExitCode == 0 && check.Error.Contains("no errors, no warnings", StringComparison.Ordinal), check.Error);
        // Where fontconfig has no Times New Roman, the run names the font the PDF uses instead.
        var timesFont = FontFor("Times New Roman");
        Assert.Equal(timesFont != "Times New Roman", run.Error.Contains("PG4043", StringComparison.Ordinal));
        if (timesFont != "Times New Roman") Assert.Contains(timesFont, run.Error, StringComparison.Ordinal);
    }

    [LibreOfficeFact]
    public void Build_pdfa_prints_a_batch_in_parallel_as_PDF_A_2b()
    {
        using var temp = new TempFolder();
        var run = CliRun.Of("build", Example("binh-phuoc-2023/ubnd-tinh-thi-dua-2023.yaml"), Example("binh-phuoc-2020/so-tttt-thi-dua-2020.yaml"), "-o", temp.Path, "--pdfa");
        Assert.True(run.ExitCode == 0, run.Error);
        foreach (var name in new[] { "ubnd-tinh-thi-dua-2023.pdf", "so-tttt-thi-dua-2020.pdf" })
        {
            var text = Encoding.Latin1.GetString(File.ReadAllBytes(Path.Combine(temp.Path, name)));
            Assert.Contains("<pdfaid:part>2</pdfaid:part>", text, StringComparison.Ordinal);
            Assert.Contains("<pdfaid:conformance>B</pdfaid:conformance>", text, StringComparison.Ordinal);
        }
        Assert.Empty(Directory.GetFiles(temp.Path, "*.tmp"));
    }

    [Fact]
    public void Without_LibreOffice_the_DOCX_is_written_and_the_error_names_the_package()
    {
        using var temp = new TempFolder();
        var docx = Path.Combine(temp.Path, "plan.docx");
        var previous = Environment.GetEnvironmentVariable(LibreOfficeLocator.Variable);
        try
        {
            Environment.SetEnvironmentVariable(LibreOfficeLocator.Variable, Path.Combine(temp.Path, "no-such-folder", "soffice"));
            var run = CliRun.Of("build", Example("lao-cai-2024/ubnd-tinh-atgt-2024.yaml"), "-o", docx, "--pdf", "--lang", "en");
            Assert.Equal(1, run.ExitCode);
            Assert.Contains("PG4040", run.Error, StringComparison.Ordinal);
            Assert.Contains("libreoffice-writer-nogui", run.Error, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable(LibreOfficeLocator.Variable, previous);
        }
        Assert.True(File.Exists(docx));
        Assert.False(File.Exists(Path.ChangeExtension(docx, ".pdf")));
    }

    [UnixFact]
    public void A_failing_conversion_leaves_no_PDF_and_an_earlier_one_untouched()
    {
        using var temp = new TempFolder();
        // Writes half a PDF where LibreOffice would, then fails.
        var soffice = Script(temp, "for a; do [ \"$prev\" = --outdir ] && out=$a; prev=$a; done\nprintf '%%PDF-1.7\\n1 0 obj' > \"$out/plan.pdf\"\necho 'Error: source file could not be loaded' >&2\nexit 1");
        var docx = temp.File("plan.docx", "not really a DOCX");
        var pdf = temp.File("plan.pdf", "the earlier, good PDF");
        var bag = new DiagnosticBag();

        Assert.False(new PdfConverter(soffice, TimeSpan.FromMinutes(1)).Convert(TestRun.New(), docx, pdf, pdfA: false, bag));

        var diagnostic = Assert.Single(bag.Items);
        Assert.Equal(DiagnosticCode.PdfConversionFailed, diagnostic.Code);
        Assert.Contains("could not be loaded", TextDiagnosticFormatter.Format(diagnostic, "en"), StringComparison.Ordinal);
        Assert.Equal("the earlier, good PDF", File.ReadAllText(pdf));
        Assert.Equal(["plan.docx", "plan.pdf", "soffice"], Directory.GetFiles(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [UnixFact]
    public void A_conversion_over_its_time_limit_is_stopped_and_writes_nothing()
    {
        using var temp = new TempFolder();
        var soffice = Script(temp, "sleep 60");
        var docx = temp.File("plan.docx", "x");
        var bag = new DiagnosticBag();
        var clock = System.Diagnostics.Stopwatch.StartNew();

        Assert.False(new PdfConverter(soffice, TimeSpan.FromSeconds(1)).Convert(TestRun.New(), docx, Path.ChangeExtension(docx, ".pdf"), pdfA: false, bag));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), "the process was not stopped at its limit");
        Assert.Equal(DiagnosticCode.PdfConversionTimedOut, Assert.Single(bag.Items).Code);
        Assert.False(File.Exists(Path.ChangeExtension(docx, ".pdf")));
    }

    private static string Script(TempFolder temp, string body)
    {
        var path = temp.File("soffice", "#!/bin/sh\n" + body + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        return path;
    }

    private static string FontFor(string family)
    {
        var start = new System.Diagnostics.ProcessStartInfo("fc-match") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add("--format=%{family[0]}");
        start.ArgumentList.Add(family);
        using var process = System.Diagnostics.Process.Start(start)!;
        var found = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        return found;
    }

    /// <summary>pdffonts' "emb" column, one entry per font of the PDF.</summary>
    private static List<string> EmbeddedColumn(string pdf)
    {
        var start = new System.Diagnostics.ProcessStartInfo("pdffonts") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(pdf);
        using var process = System.Diagnostics.Process.Start(start)!;
        var lines = process.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        process.WaitForExit();
        Assert.NotEmpty(lines);
        // Columns from the right: object ID (2), uni, sub, emb.
        return [.. lines.Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(f => f[^5])];
    }

    private static List<string> Lines(string text) =>
        [.. text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];
}
