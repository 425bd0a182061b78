using PlanGen.Core;
using PlanGen.Core.Build;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Input;
using PlanGen.Core.Output;
using PlanGen.Pdf.Reading;

namespace PlanGen.Pdf.Output;

/// <summary>
/// The printer of <c>build --pdf</c>: LibreOffice as it is found at the time (PLANGEN_SOFFICE or
/// PATH), and what tells a PDF it printed from one a build must not replace.
/// </summary>
public sealed class LibreOfficePrinter : IDocumentPrinter
{
    /// <inheritdoc />
    public bool Print(PlanGenRun run, string docx, string pdf, bool pdfA, DiagnosticBag diagnostics) =>
        new PdfConverter().Convert(run, docx, pdf, pdfA, diagnostics);

    /// <summary>
    /// The pages of <paramref name="pdf"/>, counted in the file LibreOffice wrote; null when it
    /// cannot be read, so a page count is never guessed.
    /// </summary>
    public int? PageCount(string pdf)
    {
        var bytes = BoundedFile.Read(pdf, PdfDocumentReader.MaxBytes, new DiagnosticBag(), _ => { });
        if (bytes is null)
        {
            return null;
        }
        try
        {
            using var document = PdfDocumentReader.OpenGuarded(bytes, new DecodeBudget(PdfDocumentReader.MaxDecodedBytes));
            return document.NumberOfPages;
        }
#pragma warning disable CA1031 // A PDF that cannot be read has no page count to give.
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }

    /// <summary>True when plangen printed <paramref name="pdf"/> (its keywords hold plangen's) and it carries no signature.</summary>
    public bool IsOwnOutput(string pdf)
    {
        var bytes = BoundedFile.Read(pdf, PdfDocumentReader.MaxBytes, new DiagnosticBag(), _ => { });
        // A signature makes the file the signer's, whoever printed it.
        if (bytes is null || bytes.AsSpan().IndexOf("/ByteRange"u8) >= 0)
        {
            return false;
        }
        try
        {
            using var document = PdfDocumentReader.OpenGuarded(bytes, new DecodeBudget(PdfDocumentReader.MaxDecodedBytes));
            return OwnOutput.Marks(document.Information.Keywords);
        }
#pragma warning disable CA1031 // A file that cannot be read as a PDF is simply not plangen's.
        catch (Exception)
#pragma warning restore CA1031
        {
            return false;
        }
    }
}
