using PlanGen.Core.Diagnostics;
using PlanGen.Core.Format;
using PlanGen.Core.Model;

namespace PlanGen.Core.Import;

/// <summary>The import as the stages below it read plans and reports: the YAML as it is, a document imported in memory.</summary>
public sealed class InMemoryImport : IDocumentImport
{
    /// <summary>The one instance; it keeps nothing between calls (the run does).</summary>
    public static InMemoryImport Instance { get; } = new();

    private InMemoryImport()
    {
    }

    /// <inheritdoc />
    public Plan? ReadPlan(PlanGenRun run, string path, DiagnosticBag diagnostics) => PlanOrDocument.Read(run, path, diagnostics);

    /// <inheritdoc />
    public (IFamilyDocument? Document, string YamlPath) ReadReport(PlanGenRun run, string path, string planPath, DiagnosticBag diagnostics) =>
        ReportOrDocument.Read(run, path, planPath, diagnostics);
}
