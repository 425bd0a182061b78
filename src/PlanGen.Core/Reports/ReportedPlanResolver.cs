using PlanGen.Core.Diagnostics;
using PlanGen.Core.Hierarchy;
using PlanGen.Core.Hierarchy.ParentRules;
using PlanGen.Core.Model;

namespace PlanGen.Core.Reports;

/// <summary>
/// Finds the plan a report names under <c>reports_on:</c> (its path relative to the report), reads
/// and checks it as a parent plan is (YAML, or a DOCX, PDF or text imported in memory), once per
/// run for all the reports on it. A missing plan (PG2208) or one with errors (PG2209) is
/// reported at the report's <c>reports_on:</c>.
/// </summary>
internal static class ReportedPlanResolver
{
    private static readonly PlanCheckOptions Options = new();

    /// <summary>The plan reported on, checked; null when the report names it by citation only, or after reporting why it cannot be used.</summary>
    public static ResolvedParent? Resolve(PlanGenRun run, Report report, DiagnosticBag diagnostics)
    {
        if (report.ReportsOn is not { Path: { } relative } reference)
        {
            return null;
        }
        var span = reference.SpanOf("path");
        if (!Input.BoundedFile.IsUsablePath(relative))
        {
            diagnostics.Add(DiagnosticCode.UnusablePath, span);
            return null;
        }
        var path = Path.Combine(Path.GetDirectoryName(report.SourcePath) ?? "", relative);
        if (!File.Exists(path))
        {
            diagnostics.Add(DiagnosticCode.ReportedPlanNotFound, span, relative);
            return null;
        }
        var full = Path.GetFullPath(path);
        var side = run.Parents.Get(path, full, Options, [Path.GetFullPath(report.SourcePath)], nested: false,
            lineage => ParentResolver.Read(run, path, full, Options, lineage));
        var first = side.Diagnostics.FirstOrDefault(d => d.Severity == Severity.Error);
        if (side.Plan is not { } plan || first is not null)
        {
            diagnostics.Add(DiagnosticCode.ReportedPlanHasErrors, span, relative, first is null ? "" : DiagnosticMessages.Nested(first));
            return null;
        }
        return new ResolvedParent(plan, ParentCitation.Of(plan), side.Units);
    }
}
