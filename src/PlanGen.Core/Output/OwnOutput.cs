using PlanGen.Core.Diagnostics;

namespace PlanGen.Core.Output;

/// <summary>
/// How build tells the DOCX and PDF files it wrote from those it did not: every DOCX it writes
/// carries the keyword <see cref="Keyword"/> in its properties (Word lists it under Tags, and
/// LibreOffice carries it into the PDF it prints). A file there without it — the document a plan
/// was imported from, a signed PDF — is not replaced without --force.
/// </summary>
public static class OwnOutput
{
    /// <summary>The keyword of plangen's own output.</summary>
    public const string Keyword = "plangen";

    /// <summary>True when a document's keywords hold <see cref="Keyword"/>.</summary>
    public static bool Marks(string? keywords) =>
        keywords is not null && keywords.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries).Contains(Keyword, StringComparer.Ordinal);

    /// <summary>
    /// True when <paramref name="path"/> may be written: it does not exist, <paramref name="force"/>
    /// is given, or <paramref name="isOurs"/> finds it is plangen's; else false after reporting PG4009.
    /// </summary>
    public static bool MayReplace(string path, bool force, Func<string, bool> isOurs, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(isOurs);
        ArgumentNullException.ThrowIfNull(diagnostics);
        // A device or pipe there is refused by the write itself (PG4007), in its own words.
        if (force || !File.Exists(path) || !Input.FileKind.IsRegularOrFolder(path) || isOurs(path))
        {
            return true;
        }
        diagnostics.Add(DiagnosticCode.OutputNotOurs, SourceSpan.WholeFile(path), path);
        return false;
    }
}
