using PlanGen.Core.Diagnostics;

namespace PlanGen.Core.Document.Reading;

/// <summary>
/// Reads one kind of file (DOCX, PDF, text) into a document tree (<see cref="LayoutDocument.Read"/>). A file it cannot
/// read (corrupt, encrypted, a scan with no text, too large) is a diagnostic at the file, never an
/// exception; then it returns null.
/// </summary>
public interface IDocumentReader
{
    /// <summary>True when this reader handles files like <paramref name="path"/> (by extension and, where cheap, by content).</summary>
    bool CanRead(string path);

    /// <summary>Reads the file, adding what goes wrong to <paramref name="diagnostics"/>.</summary>
    /// <returns>The document, or null when it could not be read.</returns>
    LayoutDocument? Read(string path, DiagnosticBag diagnostics);
}
