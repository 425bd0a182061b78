using PlanGen.Core.Diagnostics;
using PlanGen.Core.Format;
using PlanGen.Core.Hierarchy;
using PlanGen.Core.Hierarchy.Derive;
using PlanGen.Core.Model;
using PlanGen.Core.Units;

namespace PlanGen.Core.Reports;

/// <summary>
/// <c>plangen report init</c>: the skeleton of a unit's report on a plan for one period — the header
/// from units.yaml, the title and basis citing the plan, Kính gửi the body the reporting rule names
/// (by default the plan's issuer), one entry per task the unit leads or supports with the plan's
/// words for it in a comment, the figures units.yaml says the unit owns, and TODO where a person must
/// write. It validates without errors and builds as it is.
/// </summary>
public static class ReportStarter
{
    /// <summary>
    /// The report of <paramref name="unitName"/> (any spelling units.yaml knows) on the plan at
    /// <paramref name="planPath"/> (YAML, DOCX, PDF or text) for <paramref name="period"/>.
    /// <paramref name="reportPath"/> is where it will be written, by default
    /// <c>&lt;plan folder&gt;/bc-&lt;unit id&gt;-&lt;period&gt;.yaml</c>. Null after reporting the plan's
    /// errors, or PG2116 for a unit no registry knows.
    /// </summary>
    public static StartedReport? Start(PlanGenRun run, string planPath, string unitName, ReportPeriod period, string? reportPath, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(period);
        if (PlanReportedOn.Read(run, planPath, diagnostics) is not (var plan, var units))
        {
            return null;
        }
        var unit = units?.Find(UnitKeys.Clean(unitName));
        if (units is null || unit is null)
        {
            var closest = units is null ? PlanDeriver.ClosestInCells(unitName, plan) : units.Closest(unitName);
            diagnostics.Add(DiagnosticCode.UnknownUnit, SourceSpan.WholeFile(planPath), unitName, MessageWord.Units.Closest(closest));
            return null;
        }
        var path = reportPath ?? System.IO.Path.Combine(System.IO.Path.GetDirectoryName(planPath) ?? "", "bc-" + unit.Id + "-" + (ReportPeriods.ShortForm(period) ?? "ky") + ".yaml");
        var keys = new HashSet<string>(StringComparer.Ordinal) { "#" + unit.Id };
        var tasks = AssignedTask.Of(plan).Where(t => t.IsLedBy(keys, units) || t.IsSupportedBy(keys, units)).ToList();
        var rule = Schedule.EffectiveRule.Of(plan.Reporting, unit.Reporting, units.Registry.Reporting);
        var window = rule.WindowOf(period);
        var start = new ReportStart(plan, unit, units, period, YamlPaths.FromFile(path, plan.SourcePath), YamlPaths.FromFile(path, units.Registry.Path),
            rule.To ?? plan.Issuer.Name, window, rule.DueOf(period), [.. tasks.Select(t => (t, t.IsLedBy(keys, units)))]);
        return new StartedReport(path, SkeletonReport.Write(start), unit, [.. tasks.Select(t => t.Id)], window, start.Due);
    }
}
