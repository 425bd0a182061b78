using PlanGen.Core.Diagnostics;
using PlanGen.Core.Format;
using PlanGen.Core.Reports;
using PlanGen.Core.Yaml;

namespace PlanGen.Core.Import;

/// <summary>
/// An imported report, written and checked as <c>validate</c> checks a report (against the plan it
/// reports on), so what is written is a report that validates.
/// </summary>
internal static class ReportImport
{
    public static ImportResult? Checked(PlanGenRun run, ImportedReport imported, string path, string yamlPath, DiagnosticBag diagnostics)
    {
        var yaml = PlanSchema.WithModeline(imported.ToYaml());
        var check = new DiagnosticBag();
        var text = PlanImporter.Decoded(yaml, yamlPath, check);
        var report = text is null ? null : ReportLoader.ReadText(text, yamlPath, check);
        var checkedReport = report is null ? null : ReportPipeline.Check(run, report, check);
        var first = check.Items.FirstOrDefault(d => d.Severity == Severity.Error);
        if (checkedReport is null || first is not null)
        {
            diagnostics.Add(DiagnosticCode.ImportedPlanInvalid, SourceSpan.WholeFile(path), path, first is null ? "" : DiagnosticMessages.Nested(first));
            return null;
        }
        return new ImportResult(yaml, checkedReport);
    }
}
