using System.Diagnostics;
using System.Globalization;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Output;

namespace PlanGen.Pdf.Output;

/// <summary>
/// Prints a DOCX to PDF (or PDF/A-2b) with LibreOffice headless, as offices print it. Each
/// conversion has its own LibreOffice profile and output folder, so a batch converts in parallel;
/// each has a time limit, after which LibreOffice's process tree is stopped. The PDF reaches its
/// place only complete (<see cref="OutputFile.WriteAtomically(string, ReadOnlySpan{byte}, DiagnosticBag)"/>).
/// </summary>
public sealed class PdfConverter
{
    // PDF/A-2b: LibreOffice's PDF export filter with SelectPdfVersion 2 (JSON filter options, LibreOffice 7.4+).
    private const string PdfAFilter = "pdf:writer_pdf_Export:{\"SelectPdfVersion\":{\"type\":\"long\",\"value\":\"2\"}}";

    private readonly string? _soffice;
    private readonly TimeSpan _timeout;

    /// <summary>A converter with LibreOffice found by <see cref="LibreOfficeLocator"/> and a two-minute limit per document.</summary>
    public PdfConverter()
        : this(LibreOfficeLocator.Find(), TimeSpan.FromMinutes(2))
    {
    }

    /// <summary>A converter with a given soffice (null: not installed) and time limit.</summary>
    public PdfConverter(string? soffice, TimeSpan timeout)
    {
        _soffice = soffice;
        _timeout = timeout;
    }

    /// <summary>
    /// Writes <paramref name="pdf"/> from <paramref name="docx"/>; false after reporting why
    /// (LibreOffice missing, failed or too slow), leaving any earlier PDF as it was.
    /// </summary>
    public bool Convert(string docx, string pdf, bool pdfA, DiagnosticBag diagnostics)
    {
        var at = SourceSpan.WholeFile(docx);
        if (_soffice is null)
        {
            diagnostics.Add(DiagnosticCode.PdfConverterMissing, at, docx);
            return false;
        }
        var scratch = Path.Combine(Path.GetTempPath(), "plangen-pdf-" + Guid.NewGuid().ToString("N"));
        try
        {
            var outFolder = Path.Combine(scratch, "out");
            Directory.CreateDirectory(outFolder);
            var result = Run(docx, scratch, outFolder, pdfA);
            if (result is { } failure)
            {
                diagnostics.Add(failure.Code, at, docx, failure.Detail);
                return false;
            }
            var written = Path.Combine(outFolder, Path.GetFileNameWithoutExtension(docx) + ".pdf");
            if (!File.Exists(written))
            {
                diagnostics.Add(DiagnosticCode.PdfConversionFailed, at, docx, "no PDF was produced");
                return false;
            }
            FontCheck.Report(at, diagnostics);
            return OutputFile.WriteAtomically(pdf, File.ReadAllBytes(written), diagnostics);
        }
        finally
        {
            TryDelete(scratch);
        }
    }

    private (DiagnosticCode Code, string Detail)? Run(string docx, string scratch, string outFolder, bool pdfA)
    {
        var start = new ProcessStartInfo(_soffice!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-env:UserInstallation=" + new Uri(Path.Combine(scratch, "profile")).AbsoluteUri);
        foreach (var argument in new[] { "--headless", "--norestore", "--nologo", "--convert-to", pdfA ? PdfAFilter : "pdf", "--outdir", outFolder, Path.GetFullPath(docx) })
        {
            start.ArgumentList.Add(argument);
        }
        try
        {
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(_timeout))
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                return (DiagnosticCode.PdfConversionTimedOut, _timeout.TotalSeconds.ToString("0", CultureInfo.InvariantCulture));
            }
            process.WaitForExit();
            return process.ExitCode == 0 ? null : (DiagnosticCode.PdfConversionFailed, LastLine(error.Result, process.ExitCode));
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (DiagnosticCode.PdfConversionFailed, e.Message);
        }
    }

    private static string LastLine(string error, int exitCode)
    {
        var last = error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
        return last ?? "exit code " + exitCode.ToString(CultureInfo.InvariantCulture);
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A scratch folder in the temp directory; leaving it does no harm.
        }
    }
}
