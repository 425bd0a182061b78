using PlanGen.Core.Diagnostics;
using PlanGen.Core.Format;
using PlanGen.Core.Model;
using PlanGen.Core.Reports;
using PlanGen.Core.Yaml;

namespace PlanGen.Core.Import;

/// <summary>
/// An imported report, written and checked as <c>validate</c> checks a report (against the plan it
/// reports on), so what is written is a report that validates.
/// </summary>
internal static class ReportImport
{
    /// <summary>
    /// The report with what the person importing stated in <paramref name="options"/>: the plan, when
    /// the report cites none or only one not found as a file beside it; the period, when it names none.
    /// </summary>
    public static ImportedReport Completed(ImportedReport imported, ImportOptions options, string yamlPath)
    {
        var report = imported.Report;
        var notes = imported.Notes.ToList();
        if (options.ReportsOn is { } stated && report.ReportsOn?.Path is null)
        {
            report = report with { ReportsOn = Stated(stated, yamlPath) };
            notes.Add(new ImportNote("reports_on", "Theo lệnh nhập (--reports-on) / as given on the command line (--reports-on)"));
        }
        if (options.Period is { } period && report.Period is null)
        {
            report = report with { Period = period };
            notes.Add(new ImportNote("period", "Theo lệnh nhập (--period) / as given on the command line (--period)"));
        }
        return imported with { Report = report, Notes = notes };
    }

    // A file that exists is the plan's file, named from the YAML's folder as reports_on is; anything else is its citation.
    private static ReportedPlan Stated(string stated, string yamlPath) =>
        File.Exists(stated)
            ? new ReportedPlan(YamlPaths.FromFile(yamlPath, stated), null)
            : new ReportedPlan(null, new Citation(null, null, null, null, null, stated.Trim()));

    public static ImportResult? Checked(PlanGenRun run, ImportedReport imported, string path, string yamlPath, DiagnosticBag diagnostics)
    {
        // A report plangen writes is on a plan and for a period: one the document does not state is
        // asked of the person importing, in words, not as the key the YAML would lack.
        if (imported.Report.ReportsOn is null) diagnostics.Add(DiagnosticCode.ImportReportNamesNoPlan, SourceSpan.WholeFile(path), path);
        if (imported.Report.Period is null) diagnostics.Add(DiagnosticCode.ImportReportNamesNoPeriod, SourceSpan.WholeFile(path), path);
        if (imported.Report.ReportsOn is null || imported.Report.Period is null) return null;
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
