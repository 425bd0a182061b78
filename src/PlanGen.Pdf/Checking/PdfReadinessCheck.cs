using System.Globalization;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Input;
using PlanGen.Core.Text;
using PlanGen.Pdf.Reading;
using UglyToad.PdfPig;
using UglyToad.PdfPig.AcroForms.Fields;
using UglyToad.PdfPig.Exceptions;

namespace PlanGen.Pdf.Checking;

/// <summary>
/// <c>plangen check FILE.pdf</c>: whether a PDF is ready to be signed and handed to the e-office —
/// not encrypted, every font embedded, its text in Unicode NFC, no signature field yet, and the
/// signing block printed with the last lines of the text. Each finding names its page where it has one.
/// </summary>
public static class PdfReadinessCheck
{
    /// <summary>Letters either side of the first letter not in NFC, shown to find the place.</summary>
    private const int ExcerptReach = 12;

    /// <summary>Reads and checks one PDF; false when it could not be read.</summary>
    public static bool Run(string path, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var at = SourceSpan.WholeFile(path);
        var bytes = BoundedFileReader.Read(path, PdfDocumentReader.MaxBytes, diagnostics, length =>
            diagnostics.Add(DiagnosticCode.PdfTooLarge, at,
                length == long.MaxValue ? "> " + PdfDocumentReader.Megabytes(PdfDocumentReader.MaxBytes) : PdfDocumentReader.Megabytes(length),
                PdfDocumentReader.Megabytes(PdfDocumentReader.MaxBytes)));
        if (bytes is null) return false;
        if (!PdfDocumentReader.StartsLikePdf(bytes))
        {
            diagnostics.Add(DiagnosticCode.PdfUnreadable, at, path, "it does not start with '%PDF-'");
            return false;
        }
        var budget = new DecodeBudget(PdfDocumentReader.MaxDecodedBytes);
        try
        {
            using var document = PdfDocumentReader.OpenGuarded(bytes, budget);
            if (document.NumberOfPages > PdfDocumentReader.MaxPages)
            {
                diagnostics.Add(DiagnosticCode.PdfTooLarge, at, Number(document.NumberOfPages) + " pages", Number(PdfDocumentReader.MaxPages) + " pages");
                return false;
            }
            if (document.IsEncrypted)
            {
                diagnostics.Add(DiagnosticCode.PdfCheckEncrypted, at);
            }
            CheckSignatureFields(document, at, diagnostics);
            var pages = new List<PageContent>();
            var fonts = new HashSet<string>(StringComparer.Ordinal);
            for (var number = 1; number <= document.NumberOfPages; number++)
            {
                var page = document.GetPage(number);
                // The library may have swallowed a refused stream and gone on without it.
                if (budget.Exceeded) throw new PdfLimitException(DiagnosticCode.PdfDecodedTooLarge, PdfDocumentReader.Megabytes(PdfDocumentReader.MaxDecodedBytes));
                var place = OnPage(path, number);
                foreach (var font in PdfFonts.NotEmbedded(page.Dictionary, document.Structure.TokenScanner).Where(fonts.Add))
                {
                    diagnostics.Add(DiagnosticCode.PdfCheckFontNotEmbedded, place, font);
                }
                if (NotNfcExcerpt(page.Text) is { } excerpt)
                {
                    diagnostics.Add(DiagnosticCode.PdfCheckTextNotNfc, place, Number(number), excerpt);
                }
                pages.Add(PageContent.Read(page));
            }
            foreach (var alone in SigningBlockPlacement.AlonePages(pages))
            {
                diagnostics.Add(DiagnosticCode.PdfCheckSigningBlockAlone, OnPage(path, alone), Number(alone));
            }
            return true;
        }
        catch (PdfDocumentEncryptedException)
        {
            diagnostics.Add(DiagnosticCode.PdfCheckEncrypted, at);
            return false;
        }
        catch (PdfLimitException limit)
        {
            diagnostics.Add(limit.Code, at, [path, .. limit.Arguments]);
            return false;
        }
#pragma warning disable CA1031 // A damaged file may fail anywhere in the parser: it is a diagnostic, never a crash.
        catch (Exception error)
#pragma warning restore CA1031
        {
            diagnostics.Add(budget.Exceeded ? DiagnosticCode.PdfDecodedTooLarge : DiagnosticCode.PdfUnreadable, at, path, error.Message);
            return false;
        }
    }

    /// <summary>A signature field, signed or not, means the copy is not the one the signer signs first.</summary>
    private static void CheckSignatureFields(PdfDocument document, SourceSpan at, DiagnosticBag diagnostics)
    {
        if (!document.TryGetForm(out var form)) return;
        foreach (var field in Flatten(form.Fields).Where(f => f.FieldType == AcroFieldType.Signature))
        {
            var name = field.Information.PartialName ?? "?";
            var place = field.PageNumber is { } page ? OnPage(at.File, page) : at;
            var signed = field.Dictionary.ContainsKey(UglyToad.PdfPig.Tokens.NameToken.V);
            diagnostics.Add(signed ? DiagnosticCode.PdfCheckAlreadySigned : DiagnosticCode.PdfCheckSignatureField, place, name);
        }
    }

    private static IEnumerable<AcroFieldBase> Flatten(IEnumerable<AcroFieldBase> fields) =>
        fields.SelectMany(f => f is AcroNonTerminalField parent ? Flatten(parent.Children).Prepend(f) : [f]);

    /// <summary>The text around the first letter that NFC would change; null when the page is in NFC.</summary>
    internal static string? NotNfcExcerpt(string text)
    {
        if (UnicodeNormalization.IsNfc(text)) return null;
        // A letter and its mark, or two marks out of order: every change NFC makes shows in a pair.
        var index = 0;
        while (index < text.Length - 1 && UnicodeNormalization.IsNfc(text.Substring(index, 2)))
        {
            index++;
        }
        var start = Math.Max(0, index - ExcerptReach);
        var end = Math.Min(text.Length, index + ExcerptReach);
        // Shown as the PDF holds it, decomposed, so the reader can search for it.
        return string.Join(' ', text[start..end].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static SourceSpan OnPage(string path, int page) => SourceSpan.Named(path, "page " + Number(page));

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
