using System.Diagnostics;
using PlanGen.Core.Diagnostics;
using PlanGen.Pdf.Output;
using PlanGen.Tests.Support;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Writer;

namespace PlanGen.Tests.Hostile;

/// <summary>
/// The PDF converter distrusted, with stand-ins for LibreOffice written as shell scripts: its
/// output must be a PDF under the size cap; its standard error is kept to a tail; a converter that
/// exits but leaves a child holding its pipes, or runs past its limit, or is interrupted with its
/// run, leaves neither processes nor its scratch folder behind; and a PDF that plangen did not
/// write is not replaced by build without --force.
/// </summary>
public sealed class ConverterDistrustTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>A stand-in soffice: <c>$out</c> is its --outdir, <c>$pdf</c> the PDF it should write; it notes its scratch folder.</summary>
    private string Converter(string body)
    {
        var notes = _temp.Path;
        var path = _temp.File("soffice", "#!/bin/sh\n"
            + "for a; do [ \"$prev\" = --outdir ] && out=$a; prev=$a; last=$a; done\n"
            + "pdf=\"$out/$(basename \"$last\" .docx).pdf\"\n"
            + $"echo \"$(dirname \"$out\")\" > '{notes}/scratch'\n"
            + body + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        return path;
    }

    private static byte[] Pdf(string? keywords = null)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(UglyToad.PdfPig.Fonts.Standard14Fonts.Standard14Font.Helvetica);
        builder.AddPage(PageSize.A4).AddText("KE HOACH", 12, new UglyToad.PdfPig.Core.PdfPoint(72, 760), font);
        builder.DocumentInformation.Producer = "LibreOffice 7.4";
        builder.DocumentInformation.Keywords = keywords;
        return builder.Build();
    }

    private (bool Converted, DiagnosticBag Diagnostics, string Pdf) Convert(string converter, TimeSpan? limit = null)
    {
        var docx = _temp.File("plan.docx", "x");
        var pdf = Path.ChangeExtension(docx, ".pdf");
        var bag = new DiagnosticBag();
        var converted = new PdfConverter(converter, limit ?? TimeSpan.FromMinutes(2)).Convert(TestRun.New(), docx, pdf, pdfA: false, bag);
        return (converted, bag, pdf);
    }

    private string? Scratch() => File.Exists(Path.Combine(_temp.Path, "scratch")) ? File.ReadAllText(Path.Combine(_temp.Path, "scratch")).Trim() : null;

    private List<int> Pids() =>
        File.Exists(Path.Combine(_temp.Path, "pids"))
            ? [.. File.ReadAllLines(Path.Combine(_temp.Path, "pids")).Where(l => l.Length > 0).Select(l => int.Parse(l, System.Globalization.CultureInfo.InvariantCulture))]
            : [];

    private static bool Running(int pid)
    {
        // A killed process stays a zombie until something reaps it: it no longer runs.
        var stat = $"/proc/{pid}/stat";
        if (OperatingSystem.IsLinux())
        {
            try
            {
                var text = File.ReadAllText(stat);
                return !text[(text.LastIndexOf(')') + 2)..].StartsWith('Z');
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return false;
            }
        }
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private void AssertNothingLeft()
    {
        // The killed processes may take a moment to be reaped.
        for (var i = 0; i < 50 && Pids().Any(Running); i++) Thread.Sleep(100);
        Assert.DoesNotContain(Pids(), Running);
        Assert.NotNull(Scratch());
        Assert.False(Directory.Exists(Scratch()), "the scratch folder was left: " + Scratch());
    }

    [UnixFact]
    public void Garbage_where_the_PDF_should_be_is_refused_with_PG4044()
    {
        var (converted, bag, pdf) = Convert(Converter("echo 'hello, I am no PDF' > \"$pdf\""));

        Assert.False(converted);
        Assert.Equal("PG4044", Assert.Single(bag.Items).Id);
        Assert.False(File.Exists(pdf));
    }

    [UnixFact]
    public void A_PDF_over_the_size_cap_is_refused_with_PG4045_without_being_read()
    {
        var (converted, bag, pdf) = Convert(Converter("printf '%%PDF-1.7\\n' > \"$pdf\"; truncate -s 2G \"$pdf\""));

        Assert.False(converted);
        Assert.Equal("PG4045", Assert.Single(bag.Items).Id);
        Assert.False(File.Exists(pdf));
    }

    [UnixFact]
    public void A_flood_on_standard_error_is_kept_to_its_last_line()
    {
        var (converted, bag, _) = Convert(Converter("head -c 50000000 /dev/zero | tr '\\0' x >&2; echo >&2; echo 'Error: source file could not be loaded' >&2; exit 3"));

        Assert.False(converted);
        var message = Assert.Single(bag.Items).Message("en");
        Assert.Contains("could not be loaded", message, StringComparison.Ordinal);
        Assert.True(message.Length < 2000, message.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [UnixFact]
    public void A_converter_that_leaves_a_child_holding_its_pipes_does_not_hang_the_build()
    {
        var good = _temp.File("good.pdf");
        File.WriteAllBytes(good, Pdf());
        var converter = Converter($"cp '{good}' \"$pdf\"\nsleep 300 &\necho $! > '{_temp.Path}/pids'\nexit 0");

        var (converted, bag, pdf) = HostileScratch.Within(TimeSpan.FromSeconds(60), () => Convert(converter), "a conversion whose child holds its pipes");

        Assert.True(converted, string.Join("\n", bag.Items.Select(d => d.Message("en"))));
        Assert.Equal(File.ReadAllBytes(good), File.ReadAllBytes(pdf));
        AssertNothingLeft();
    }

    [UnixFact]
    public void A_failing_converter_that_leaves_a_child_holding_its_pipes_is_reported_without_waiting_for_it()
    {
        var converter = Converter($"sleep 300 &\necho $! > '{_temp.Path}/pids'\necho 'Error: source file could not be loaded' >&2\nexit 1");

        var (converted, bag, _) = HostileScratch.Within(TimeSpan.FromSeconds(60), () => Convert(converter), "a failed conversion whose child holds its pipes");

        Assert.False(converted);
        var diagnostic = Assert.Single(bag.Items);
        Assert.Equal("PG4041", diagnostic.Id);
        Assert.Contains("could not be loaded", diagnostic.Message("en"), StringComparison.Ordinal);
        AssertNothingLeft();
    }

    [UnixFact]
    public void A_converter_over_its_limit_is_stopped_with_its_children_and_its_scratch_folder()
    {
        var converter = Converter($"echo $$ > '{_temp.Path}/pids'\nsleep 300 &\necho $! >> '{_temp.Path}/pids'\nwait");

        var (converted, bag, pdf) = Convert(converter, TimeSpan.FromSeconds(2));

        Assert.False(converted);
        Assert.Equal("PG4042", Assert.Single(bag.Items).Id);
        Assert.False(File.Exists(pdf));
        Assert.Equal(2, Pids().Count);
        AssertNothingLeft();
    }

    [UnixFact]
    public void Sigterm_during_build_pdf_stops_the_converter_and_removes_its_scratch_folder()
    {
        var converter = Converter($"echo $$ > '{_temp.Path}/pids'\nsleep 300 &\necho $! >> '{_temp.Path}/pids'\nwait");
        var plan = Path.Combine(TestPaths.Examples, "lao-cai-2024", "ubnd-tinh-atgt-2024.yaml");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        start.Environment[LibreOfficeLocator.Variable] = converter;
        foreach (var argument in new[] { typeof(PlanGen.Cli.PlanGenCli).Assembly.Location, "build", plan, "-o", _temp.File("plan.docx"), "--pdf" })
        {
            start.ArgumentList.Add(argument);
        }
        using var plangen = Process.Start(start)!;
        _ = plangen.StandardOutput.ReadToEndAsync();
        _ = plangen.StandardError.ReadToEndAsync();
        for (var i = 0; i < 600 && Pids().Count < 2; i++) Thread.Sleep(100);
        Assert.Equal(2, Pids().Count);

        using (var kill = Process.Start("kill", ["-TERM", plangen.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }

        Assert.True(plangen.WaitForExit(TimeSpan.FromSeconds(30)), "plangen did not end on SIGTERM");
        AssertNothingLeft();
        Assert.False(File.Exists(_temp.File("plan.pdf")));
    }

    [UnixFact]
    public void Build_pdf_replaces_its_own_PDF_but_not_one_it_did_not_write()
    {
        var made = _temp.File("made.pdf");
        File.WriteAllBytes(made, Pdf("plangen"));
        var converter = Converter($"cp '{made}' \"$pdf\"");
        var plan = Path.Combine(TestPaths.Examples, "lao-cai-2024", "ubnd-tinh-atgt-2024.yaml");
        var docx = _temp.File("ke-hoach.docx");
        var pdf = _temp.File("ke-hoach.pdf");
        File.WriteAllBytes(pdf, Pdf());
        var signed = File.ReadAllBytes(pdf);
        KeyValuePair<string, string>[] environment = [new(LibreOfficeLocator.Variable, converter)];

        var refused = CliProcess.Run(environment, "build", plan, "-o", docx, "--pdf", "--lang", "en");
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("PG4009", refused.Error, StringComparison.Ordinal);
        Assert.Equal(signed, File.ReadAllBytes(pdf));

        Assert.Equal(0, CliProcess.Run(environment, "build", plan, "-o", docx, "--pdf", "--force").ExitCode);
        Assert.Equal(File.ReadAllBytes(made), File.ReadAllBytes(pdf));
        var again = CliProcess.Run(environment, "build", plan, "-o", docx, "--pdf");
        Assert.True(again.ExitCode == 0, again.Error);
    }
}
