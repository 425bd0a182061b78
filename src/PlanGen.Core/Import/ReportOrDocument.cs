using PlanGen.Core.Diagnostics;
using PlanGen.Core.Format;
using PlanGen.Core.Model;
using PlanGen.Core.Reports;

namespace PlanGen.Core.Import;

/// <summary>
/// A unit's report as YAML, or as the DOCX or PDF it was sent as, imported in memory as
/// <c>import</c> would, beside the plan it reports on (so the plan is found and the report is
/// checked against it). The import's own findings point into the document; findings about the
/// imported report point into its YAML as the import writes it, <c>DOCUMENT.imported.yaml</c>. A report
/// that cites no plan is read as on the plan it is read beside, with a warning (PG6065).
/// </summary>
public static class ReportOrDocument
{
    /// <summary>
    /// The document at <paramref name="path"/>, read and checked, and the path its YAML stands at
    /// (the file itself, or beside <paramref name="planPath"/> for a document); null when it could not be read.
    /// </summary>
    public static (IFamilyDocument? Document, string YamlPath) Read(PlanGenRun run, string path, string planPath, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (!run.Readers.IsDocument(path))
        {
            return (DocumentPipeline.Check(run, path, diagnostics), path);
        }
        var yamlPath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(planPath)) ?? "", Path.GetFileName(path) + ".imported.yaml");
        try
        {
            var source = ImportSource.Read(run, path, diagnostics);
            if (source is null) return (null, path);
            if (source.Kind.Type != FamilyTypes.Report)
            {
                // A plan's or another document's DOCX is read as a plan, so the caller can say it is not a report.
                return (PlanOrDocument.Read(source, new DiagnosticBag()), path);
            }
            diagnostics.AddRange(source.Findings);
            var imported = ReportRecognizer.Recognize(run, source, diagnostics, yamlPath);
            if (imported.Report.ReportsOn is null)
            {
                // A unit's report that cites no plan is read as on the plan it is put together with, and told so.
                imported = ReportImport.Completed(imported, new ImportOptions(ReportsOn: planPath), yamlPath);
                diagnostics.Add(DiagnosticCode.ReportTakenAsOnPlan, SourceSpan.WholeFile(path), Path.GetFileName(path), Path.GetFileName(planPath));
            }
            var report = ReportLoader.ReadText(imported.ToYaml(), yamlPath, diagnostics);
            return (report is null ? null : ReportPipeline.Check(run, report, diagnostics), yamlPath);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            diagnostics.Add(DiagnosticCode.UnexpectedFailure, SourceSpan.WholeFile(path), e.GetType().Name + ": " + e.Message);
            return (null, path);
        }
    }
}
