using PlanGen.Core.Diagnostics;

namespace PlanGen.Core.Build;

/// <summary>
/// Prints a written DOCX to the PDF handed on for signing (<c>build --pdf</c>). The printer is a
/// program outside plangen; the way to it is given to the run by the program.
/// </summary>
public interface IDocumentPrinter
{
    /// <summary>Prints <paramref name="docx"/> to <paramref name="pdf"/> (PDF/A-2b when <paramref name="pdfA"/>); false after reporting why not.</summary>
    bool Print(PlanGenRun run, string docx, string pdf, bool pdfA, DiagnosticBag diagnostics);

    /// <summary>True when plangen printed <paramref name="pdf"/> and nobody has signed it since, so a new build may replace it.</summary>
    bool IsOwnOutput(string pdf);

    /// <summary>The pages of <paramref name="pdf"/>; null when it cannot be read, so a page count is never guessed.</summary>
    int? PageCount(string pdf);
}
