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
        // A decision stands for the plan it issues; the letters around a plan are not one.
        if (FamilyImport.PlanOf(run, path, diagnostics) is { } carried)
        {
            return carried.Plan is { } plan ? PlanLoader.ReadText(plan.ToYaml(), path + ".imported.yaml", diagnostics) : null;
        }
        var imported = PlanImporter.Recognize(run, path, null, diagnostics);
        if (imported is null)
        {
            return null;
        }
        return PlanLoader.ReadText(imported.ToYaml(), path + ".imported.yaml", diagnostics);
    }
}
