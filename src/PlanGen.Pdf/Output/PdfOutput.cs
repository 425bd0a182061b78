using PlanGen.Core.Diagnostics;

namespace PlanGen.Pdf.Output;

/// <summary>The PDF beside a written DOCX: <c>NAME.pdf</c> for <c>NAME.docx</c>, with LibreOffice as it is found at the time (PLANGEN_SOFFICE or PATH).</summary>
public static class PdfOutput
{
    /// <summary>Prints <paramref name="docx"/> to the PDF beside it (PDF/A-2b when <paramref name="pdfA"/>); false after reporting why not.</summary>
    public static bool Write(string docx, bool pdfA, DiagnosticBag diagnostics) =>
        new PdfConverter().Convert(docx, Path.ChangeExtension(docx, ".pdf"), pdfA, diagnostics);
}
