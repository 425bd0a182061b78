using System.Globalization;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Document;
using PlanGen.Core.Document.Reading;
using PlanGen.Core.Input;
using PlanGen.Pdf.Reading;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;

namespace PlanGen.Pdf;

/// <summary>
/// Reads a PDF's text layer into a document tree: lines from the words' baselines,
/// paragraphs from line gaps and indents, bordered tables from their ruling lines (continued over
/// pages, the repeated header row dropped), the two-column blocks as borderless tables, page
/// numbers dropped, and a section for each run of pages of one size and orientation. The PDF
/// library is not trusted with hostile files: references that loop are refused before it opens the
/// file, what it unpacks is held to a budget, and a page with more text than any printed page is
/// refused before its words are assembled.
/// </summary>
public sealed class PdfDocumentReader : IDocumentReader
{
    /// <summary>Files above this size are refused before they are parsed.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    /// <summary>Documents with more pages than this are refused.</summary>
    public const int MaxPages = 500;

    /// <summary>All streams of a document together may unpack to this many bytes.</summary>
    public const long MaxDecodedBytes = 128L * 1024 * 1024;

    /// <summary>The reader with its default limits.</summary>
    public static PdfDocumentReader Instance { get; } = new();

    /// <summary>
    /// True for <c>.pdf</c> files. The kind of a file is decided by its name; its content only
    /// refuses a lie (a <c>.pdf</c> that does not start like one), so a plan YAML whose comment
    /// quotes <c>%PDF-</c> stays a plan.
    /// </summary>
    public bool CanRead(string path) => Path.GetExtension(path).Equals(".pdf", StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public LayoutDocument? Read(string path, DiagnosticBag diagnostics)
    {
        LayoutDocument? read = null;
        Use(path, DiagnosticCode.PdfEncrypted, diagnostics, (document, pageAt) =>
        {
            var pages = new List<PageContent>();
            for (var number = 1; number <= document.NumberOfPages; number++)
            {
                pages.Add(PageContent.Read(pageAt(number)));
            }
            if (pages.Sum(p => p.LetterCount) == 0)
            {
                diagnostics.Add(DiagnosticCode.PdfNoTextLayer, SourceSpan.WholeFile(path));
                return;
            }
            var (blocks, setups) = SectionAssembler.Assemble(pages);
            read = LayoutDocument.Read(new DocumentSource(path, SourceFormat.Pdf), blocks, setups);
        });
        return read;
    }

    /// <summary>
    /// The one guarded way into a PDF, for import and check alike: a regular file of at most
    /// <see cref="MaxBytes"/>, read once, that starts like a PDF and has at most <see cref="MaxPages"/>
    /// pages, opened under the unpacking budget and handed to <paramref name="use"/> with a way to
    /// its pages that holds each to the budget. Whatever the file does wrong, in here or in
    /// <paramref name="use"/>, is one error at the file (<paramref name="encrypted"/> when it is
    /// locked), never an exception.
    /// </summary>
    /// <returns>False when the file could not be read to the end.</returns>
    internal static bool Use(string path, DiagnosticCode encrypted, DiagnosticBag diagnostics, Action<PdfDocument, Func<int, Page>> use)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var at = SourceSpan.WholeFile(path);
        var bytes = BoundedFile.Read(path, MaxBytes, diagnostics, length =>
            diagnostics.Add(DiagnosticCode.PdfTooLarge, at, length == long.MaxValue ? "> " + Megabytes(MaxBytes) : Megabytes(length), Megabytes(MaxBytes)));
        if (bytes is null)
        {
            return false;
        }
        if (!StartsLikePdf(bytes))
        {
            diagnostics.Add(DiagnosticCode.PdfUnreadable, at, path, "it does not start with '%PDF-'");
            return false;
        }
        var budget = new DecodeBudget(MaxDecodedBytes);
        try
        {
            using var document = OpenGuarded(bytes, budget);
            if (document.NumberOfPages > MaxPages)
            {
                diagnostics.Add(DiagnosticCode.PdfTooLarge, at,
                    document.NumberOfPages.ToString(CultureInfo.InvariantCulture) + " pages",
                    MaxPages.ToString(CultureInfo.InvariantCulture) + " pages");
                return false;
            }
            use(document, number =>
            {
                var page = document.GetPage(number);
                // The library may have swallowed a refused stream and gone on without it.
                if (budget.Exceeded) throw new PdfLimitException(DiagnosticCode.PdfDecodedTooLarge, Megabytes(MaxDecodedBytes));
                return page;
            });
            return true;
        }
        catch (PdfLimitException limit)
        {
            diagnostics.Add(limit.Code, at, [path, .. limit.Arguments]);
            return false;
        }
        catch (PdfDocumentEncryptedException)
        {
            diagnostics.Add(encrypted, at);
            return false;
        }
#pragma warning disable CA1031 // A damaged file may fail anywhere in the parser: it is a diagnostic, never a crash.
        catch (Exception error)
#pragma warning restore CA1031
        {
            // A refusal the library wrapped in an exception of its own is still the budget's.
            if (budget.Exceeded)
            {
                diagnostics.Add(DiagnosticCode.PdfDecodedTooLarge, at, path, Megabytes(MaxDecodedBytes));
            }
            else
            {
                diagnostics.Add(DiagnosticCode.PdfUnreadable, at, path, error.Message);
            }
            return false;
        }
    }

    /// <summary>
    /// Opens a PDF with the library only after its references were followed here (a loop or a
    /// long chain throws <see cref="PdfLimitException"/>), with its streams held to <paramref name="budget"/>.
    /// </summary>
    internal static PdfDocument OpenGuarded(byte[] bytes, DecodeBudget budget)
    {
        if (ReferenceCheck.Offending(bytes, budget.Limit) is { } loop)
        {
            throw new PdfLimitException(DiagnosticCode.PdfReferenceLoop, loop.ToString(CultureInfo.InvariantCulture), ReferenceCheck.MaxChain.ToString(CultureInfo.InvariantCulture));
        }
        return PdfDocument.Open(bytes, new ParsingOptions { FilterProvider = new BoundedFilters(budget) });
    }

    private static string Megabytes(long bytes) =>
        (bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture) + " MB";

    /// <summary>A PDF's header, <c>%PDF-</c>, may follow some junk, but within its first 1024 bytes.</summary>
    private static bool StartsLikePdf(byte[] bytes) => bytes.AsSpan(0, Math.Min(bytes.Length, 1024)).IndexOf("%PDF-"u8) >= 0;
}
