using PlanGen.Core.Diagnostics;
using PlanGen.Core.Model;
using PlanGen.Core.Format;

namespace PlanGen.Core.Import;

/// <summary>
/// Reads a plan from its YAML or, when the path is a document (DOCX, PDF, text), imports it in
/// memory: so a parent that exists only as the signed document works for derive, coverage and
/// the parent checks. The import's own findings point into the document; findings about the
/// imported plan point into its YAML as the import writes it, named <c>DOCUMENT.imported.yaml</c>.
/// A decision given here is read as the plan it carries (see <see cref="FamilyImport.PlanOf"/>).
/// </summary>
public static class PlanOrDocument
{
    /// <summary>The plan at <paramref name="path"/>; null after reporting why it cannot be read.</summary>
    public static Plan? Read(PlanGenRun run, string path, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (!run.Readers.IsDocument(path))
        {
            return PlanLoader.Read(path, diagnostics);
        }
        try
        {
            var source = ImportSource.Read(run, path, diagnostics);
            return source is null ? null : Read(source, diagnostics);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            diagnostics.Add(DiagnosticCode.UnexpectedFailure, SourceSpan.WholeFile(path), e.GetType().Name + ": " + e.Message);
            return null;
        }
    }

    /// <summary>The plan in a document already read; null after reporting why it holds none.</summary>
    internal static Plan? Read(ImportSource source, DiagnosticBag diagnostics)
    {
        var path = source.AsRead.Source?.File ?? "";
        // A decision stands for the plan it issues; the letters around a plan are not one.
        if (FamilyImport.PlanOf(source, diagnostics) is { } carried)
        {
            return carried.Plan is { } plan ? PlanLoader.ReadText(plan.ToYaml(), path + ".imported.yaml", diagnostics) : null;
        }
        diagnostics.AddRange(source.Findings);
        var imported = PlanRecognizer.Recognize(source, diagnostics);
        return imported is null ? null : PlanLoader.ReadText(imported.ToYaml(), path + ".imported.yaml", diagnostics);
    }
}
