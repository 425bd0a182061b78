using System.Globalization;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Document.Reading;
using PlanGen.Pdf.Reading;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace PlanGen.Pdf;

/// <summary>
/// Reads a PDF's text layer into a <see cref="SourceDocument"/>: lines from the words' baselines,
/// paragraphs from line gaps and indents, bordered tables from their ruling lines (continued over
/// pages, the repeated header row dropped), the two-column blocks as borderless tables, page
/// numbers dropped, and a section for each run of pages of one size and orientation.
/// </summary>
public sealed class PdfDocumentReader : IDocumentReader
{
    /// <summary>Files above this size are refused before they are parsed.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    /// <summary>Documents with more pages than this are refused.</summary>
    public const int MaxPages = 500;

    /// <summary>The reader with its default limits.</summary>
    public static PdfDocumentReader Instance { get; } = new();

    /// <inheritdoc />
    public bool CanRead(string path) =>
        path.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) || StartsLikePdf(path);

    /// <inheritdoc />
    public SourceDocument? Read(string path, DiagnosticBag diagnostics)
    {
        var at = SourceSpan.WholeFile(path);
        try
        {
            var length = new FileInfo(path).Length;
            if (length > MaxBytes)
            {
                diagnostics.Add(DiagnosticCode.PdfTooLarge, at, Megabytes(length), Megabytes(MaxBytes));
                return null;
            }
            if (!StartsLikePdf(path))
            {
                diagnostics.Add(DiagnosticCode.PdfUnreadable, at, path, "it does not start with '%PDF-'");
                return null;
            }
            using var document = PdfDocument.Open(path);
            if (document.NumberOfPages > MaxPages)
            {
                diagnostics.Add(DiagnosticCode.PdfTooLarge, at,
                    document.NumberOfPages.ToString(CultureInfo.InvariantCulture) + " pages",
                    MaxPages.ToString(CultureInfo.InvariantCulture) + " pages");
                return null;
            }
            var pages = document.GetPages().Select(PageContent.Read).ToList();
            if (pages.Sum(p => p.LetterCount) == 0)
            {
                diagnostics.Add(DiagnosticCode.PdfNoTextLayer, at);
                return null;
            }
            return new SourceDocument(path, SourceFormat.Pdf, SectionAssembler.Assemble(pages));
        }
        catch (PdfDocumentEncryptedException)
        {
            diagnostics.Add(DiagnosticCode.PdfEncrypted, at);
            return null;
        }
#pragma warning disable CA1031 // A damaged file may fail anywhere in the parser: it is a diagnostic, never a crash.
        catch (Exception error)
#pragma warning restore CA1031
        {
            diagnostics.Add(DiagnosticCode.PdfUnreadable, at, path, error.Message);
            return null;
        }
    }

    private static string Megabytes(long bytes) =>
        (bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture) + " MB";

    /// <summary>A PDF's header, <c>%PDF-</c>, may follow some junk, but within its first 1024 bytes.</summary>
    private static bool StartsLikePdf(string path)
    {
        // Sniffing opens the file: a pipe or device would block or never end, so only regular files are looked into.
        if (!File.Exists(path) || !PlanGen.Core.Input.FileKind.IsRegularOrFolder(path))
        {
            return false;
        }
        try
        {
            using var stream = File.OpenRead(path);
            var buffer = new byte[1024];
            var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            return buffer.AsSpan(0, read).IndexOf("%PDF-"u8) >= 0;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
