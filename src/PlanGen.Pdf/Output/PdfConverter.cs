using System.Globalization;
using PlanGen.Core;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Input;
using PlanGen.Core.Output;

namespace PlanGen.Pdf.Output;

/// <summary>
/// Prints a DOCX to PDF (or PDF/A-2b) with LibreOffice headless, as offices print it. Each
/// conversion has its own LibreOffice profile and output folder, so a batch converts in parallel.
/// The converter is not trusted: it runs against a time limit that nothing stretches, in a
/// process group that is stopped whole (<see cref="ConverterProcess"/>); what it writes must be a
/// PDF under <see cref="MaxOutputBytes"/>, and it is copied to its place as it is read, only
/// complete (<see cref="OutputFile.CopyAtomically"/>).
/// </summary>
public sealed class PdfConverter
{
    /// <summary>A plan's PDF is a few megabytes; anything over this is not one.</summary>
    public const long MaxOutputBytes = 256L * 1024 * 1024;

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
    /// (LibreOffice missing, failed, too slow, or what it wrote is no PDF or too large), leaving
    /// any earlier PDF as it was.
    /// </summary>
    public bool Convert(PlanGenRun run, string docx, string pdf, bool pdfA, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
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
            if (Run(docx, scratch, outFolder, pdfA) is { } failure)
            {
                diagnostics.Add(failure.Code, at, docx, failure.Detail);
                return false;
            }
            var written = Path.Combine(outFolder, Path.GetFileNameWithoutExtension(docx) + ".pdf");
            using var output = OpenOutput(written, docx, diagnostics);
            if (output is null)
            {
                return false;
            }
            FontCheck.Report(at, diagnostics);
            return OutputFile.CopyAtomically(run, pdf, output, diagnostics);
        }
        finally
        {
            TryDelete(scratch);
        }
    }

    // What the converter wrote, opened for copying once it is known to be a PDF of a plan's size.
    private static FileStream? OpenOutput(string written, string docx, DiagnosticBag diagnostics)
    {
        var at = SourceSpan.WholeFile(docx);
        if (!File.Exists(written))
        {
            diagnostics.Add(DiagnosticCode.PdfConversionFailed, at, docx, "no PDF was produced");
            return null;
        }
        if (!FileKind.IsRegularOrFolder(written))
        {
            diagnostics.Add(DiagnosticCode.PdfOutputNotPdf, at, docx, "it is not a regular file");
            return null;
        }
        FileStream? stream = null;
        try
        {
            stream = new FileStream(written, FileMode.Open, FileAccess.Read, FileShare.Read);
            if (stream.Length > MaxOutputBytes)
            {
                diagnostics.Add(DiagnosticCode.PdfOutputTooLarge, at, docx, Megabytes(stream.Length), Megabytes(MaxOutputBytes));
                stream.Dispose();
                return null;
            }
            Span<byte> head = stackalloc byte[5];
            if (stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false) < head.Length || !head.SequenceEqual("%PDF-"u8))
            {
                diagnostics.Add(DiagnosticCode.PdfOutputNotPdf, at, docx, "it does not start with '%PDF-'");
                stream.Dispose();
                return null;
            }
            stream.Position = 0;
            return stream;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stream?.Dispose();
            diagnostics.Add(DiagnosticCode.PdfConversionFailed, at, docx, e.Message);
            return null;
        }
    }

    private (DiagnosticCode Code, string Detail)? Run(string docx, string scratch, string outFolder, bool pdfA)
    {
        var arguments = new List<string> { "-env:UserInstallation=" + new Uri(Path.Combine(scratch, "profile")).AbsoluteUri };
        arguments.AddRange(["--headless", "--norestore", "--nologo", "--convert-to", pdfA ? PdfAFilter : "pdf", "--outdir", outFolder, Path.GetFullPath(docx)]);
        // One deadline for the whole run, however the converter behaves.
        var deadline = DateTime.UtcNow + _timeout;
        try
        {
            using var process = ConverterProcess.Start(_soffice!, arguments, scratch);
            if (!process.Wait(deadline))
            {
                return (DiagnosticCode.PdfConversionTimedOut, _timeout.TotalSeconds.ToString("0", CultureInfo.InvariantCulture));
            }
            return process.ExitCode == 0 ? null
                : (DiagnosticCode.PdfConversionFailed, process.LastError ?? "exit code " + process.ExitCode.ToString(CultureInfo.InvariantCulture));
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (DiagnosticCode.PdfConversionFailed, e.Message);
        }
    }

    private static string Megabytes(long bytes) =>
        (bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture) + " MB";

    /// <summary>Removes a scratch folder; one that cannot be removed now is left (it is in the temporary folder).</summary>
    internal static void TryDelete(string folder)
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
