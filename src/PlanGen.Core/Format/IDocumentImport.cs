using PlanGen.Core.Diagnostics;
using PlanGen.Core.Model;

namespace PlanGen.Core.Format;

/// <summary>
/// Reads a plan or a report from its YAML or, when the path is a document (DOCX, PDF, text), by
/// importing it in memory: so a parent or a unit's report that exists only as the signed document
/// works for derive, coverage, the parent checks and report aggregation. The stages that read them
/// call it through the run (<see cref="PlanGenRun.Importer"/>); the import implements it.
/// </summary>
public interface IDocumentImport
{
    /// <summary>The plan at <paramref name="path"/>; null after reporting why it cannot be read.</summary>
    Plan? ReadPlan(PlanGenRun run, string path, DiagnosticBag diagnostics);

    /// <summary>
    /// The report at <paramref name="path"/>, read and checked against the plan at
    /// <paramref name="planPath"/>, and the path its YAML stands at (the file itself, or beside the
    /// plan for a document); a document that holds no report is read as a plan, so the caller can
    /// say it is not one. Null when it could not be read.
    /// </summary>
    (IFamilyDocument? Document, string YamlPath) ReadReport(PlanGenRun run, string path, string planPath, DiagnosticBag diagnostics);
}
