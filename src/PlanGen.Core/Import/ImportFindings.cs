using PlanGen.Core.Diagnostics;

namespace PlanGen.Core.Import;

/// <summary>
/// What a clerk is shown of one document's import. The warnings on how the document was read — text
/// kept as it was (PG6003), a value guessed (PG6004), lines joined or split (PG6006) — each say where
/// to look in the YAML written; when the import ends in an error and writes nothing, they point at a
/// file that is not there, so the error is shown with their count (PG6064), and they with --verbose.
/// </summary>
public static class ImportFindings
{
    /// <summary>The diagnostics of one document's import as they are shown.</summary>
    /// <param name="found">Everything its import reported.</param>
    /// <param name="written">True when its YAML was written.</param>
    /// <param name="verbose">True when the person asked to see everything.</param>
    public static IReadOnlyList<Diagnostic> Shown(IReadOnlyList<Diagnostic> found, bool written, bool verbose)
    {
        ArgumentNullException.ThrowIfNull(found);
        var aboutTheYaml = found.Where(IsAboutTheYaml).ToList();
        if (written || verbose || aboutTheYaml.Count == 0 || !found.Any(d => d.Severity == Severity.Error)) return found;
        var count = aboutTheYaml.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return [.. found.Where(d => !IsAboutTheYaml(d)),
            new Diagnostic(DiagnosticCode.ImportFindingsWithheld, DiagnosticMessages.DefaultSeverity(DiagnosticCode.ImportFindingsWithheld), SourceSpan.WholeFile(aboutTheYaml[0].Span.File), [count])];
    }

    private static bool IsAboutTheYaml(Diagnostic diagnostic) =>
        diagnostic.Code is DiagnosticCode.ImportUnplaced or DiagnosticCode.ImportGuessed or DiagnosticCode.ImportReshaped;
}
