using System.Globalization;
using PlanGen.Core.Check;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Text;
using PlanGen.Pdf.Reading;
using UglyToad.PdfPig;
using UglyToad.PdfPig.AcroForms.Fields;

namespace PlanGen.Pdf.Checking;

/// <summary>
/// <c>plangen check FILE.pdf</c>: whether a PDF is ready to be signed and handed to the e-office —
/// not encrypted, every font embedded, its text in Unicode NFC, no signature field yet, and the
/// signing block printed with the last lines of the text. Each finding names its page where it has one.
/// </summary>
public sealed class PdfReadinessCheck : ISigningCheck
{
    /// <summary>The one instance; it holds nothing.</summary>
    public static PdfReadinessCheck Instance { get; } = new();

    /// <summary>Letters either side of the first letter not in NFC, shown to find the place.</summary>
    private const int ExcerptReach = 12;

    /// <summary>Reads and checks one PDF; false when it could not be read.</summary>
    public bool Check(string path, DiagnosticBag diagnostics) =>
        PdfDocumentReader.Use(path, DiagnosticCode.PdfCheckEncrypted, diagnostics, (document, pageAt) =>
        {
            if (document.IsEncrypted)
            {
                diagnostics.Add(DiagnosticCode.PdfCheckEncrypted, SourceSpan.WholeFile(path));
            }
            CheckSignatureFields(document, path, diagnostics);
            var pages = new List<PageContent>();
            // A font left out, or text in decomposed letters, on many pages is one fault of the source: told once with its pages.
            var findings = new PageFindings();
            for (var number = 1; number <= document.NumberOfPages; number++)
            {
                var page = pageAt(number);
                foreach (var font in PdfFonts.NotEmbedded(page.Dictionary, document.Structure.TokenScanner).Distinct(StringComparer.Ordinal))
                {
                    findings.Add(number, DiagnosticCode.PdfCheckFontNotEmbedded, font, font);
                }
                if (NotNfcExcerpt(page.Text) is { } excerpt)
                {
                    findings.Add(number, DiagnosticCode.PdfCheckTextNotNfc, "", Number(number), excerpt);
                }
                pages.Add(PageContent.Read(page));
            }
            findings.Tell(path, diagnostics);
            foreach (var alone in SigningBlockPlacement.AlonePages(pages))
            {
                diagnostics.Add(DiagnosticCode.PdfCheckSigningBlockAlone, OnPage(path, alone), Number(alone));
            }
        });

    /// <summary>A signature field, signed or not, means the copy is not the one the signer signs first.</summary>
    private static void CheckSignatureFields(PdfDocument document, string path, DiagnosticBag diagnostics)
    {
        if (!document.TryGetForm(out var form)) return;
        foreach (var field in Flatten(form.Fields).Where(f => f.FieldType == AcroFieldType.Signature))
        {
            var name = field.Information.PartialName ?? "?";
            var place = field.PageNumber is { } page ? OnPage(path, page) : SourceSpan.WholeFile(path);
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

    private static SourceSpan OnPage(string path, int page) => PageFindings.OnPage(path, page);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
