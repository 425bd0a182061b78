using PlanGen.Core;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Input;
using PlanGen.Core.Output;
using PlanGen.Pdf.Reading;

namespace PlanGen.Pdf.Output;

/// <summary>The PDF beside a written DOCX: <c>NAME.pdf</c> for <c>NAME.docx</c>, with LibreOffice as it is found at the time (PLANGEN_SOFFICE or PATH).</summary>
public static class PdfOutput
{
    /// <summary>Prints <paramref name="docx"/> to the PDF beside it (PDF/A-2b when <paramref name="pdfA"/>); false after reporting why not.</summary>
    public static bool Write(PlanGenRun run, string docx, bool pdfA, DiagnosticBag diagnostics) =>
        new PdfConverter().Convert(run, docx, PathFor(docx), pdfA, diagnostics);

    /// <summary>The PDF printed from <paramref name="docx"/>.</summary>
    public static string PathFor(string docx) => Path.ChangeExtension(docx, ".pdf");

    /// <summary>
    /// True when the PDF for <paramref name="docx"/> may be written: it does not exist, plangen
    /// printed it (its keywords hold plangen's and it carries no signature), or
    /// <paramref name="force"/>; else false after reporting PG4009, so a signed PDF is never replaced.
    /// </summary>
    public static bool MayReplace(string docx, bool force, DiagnosticBag diagnostics) =>
        OwnOutput.MayReplace(PathFor(docx), force, IsOwn, diagnostics);

    /// <summary>
    /// The pages of the PDF printed from <paramref name="docx"/>, counted in the file LibreOffice
    /// wrote; null when it cannot be read, so a page count is never guessed.
    /// </summary>
    public static int? PageCount(string docx)
    {
        var bytes = BoundedFileReader.Read(PathFor(docx), PdfDocumentReader.MaxBytes, new DiagnosticBag(), _ => { });
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

    private static bool IsOwn(string pdf)
    {
        var bytes = BoundedFileReader.Read(pdf, PdfDocumentReader.MaxBytes, new DiagnosticBag(), _ => { });
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
