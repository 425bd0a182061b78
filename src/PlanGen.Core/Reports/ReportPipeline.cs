using PlanGen.Core.Diagnostics;
using PlanGen.Core.Format;
using PlanGen.Core.Hierarchy;
using PlanGen.Core.Model;
using PlanGen.Core.Reports.Schedule;
using PlanGen.Core.Units;
using PlanGen.Core.Validation;

namespace PlanGen.Core.Reports;

/// <summary>
/// Check one report read by <see cref="DocumentPipeline"/> (for validate, build and each report
/// report aggregate takes): the plan it reports on is read and checked, the report's rules run
/// against it, and what templates print is worked out (<see cref="ReportFacts"/>).
/// </summary>
internal static class ReportPipeline
{
    /// <summary>The report with its <see cref="Report.Facts"/>; the plan's findings that stop it are reported at its <c>reports_on:</c>.</summary>
    internal static Report Check(PlanGenRun run, Report report, DiagnosticBag diagnostics)
    {
        var units = PlanValidator.LoadUnits(run, report, diagnostics);
        var resolved = ReportedPlanResolver.Resolve(run, report, diagnostics);
        units ??= resolved?.Units;
        var rule = RuleOf(report, resolved?.Plan, units);
        SignatureRules.Check(report.Signature, diagnostics);
        foreach (var citation in report.Basis.Prepend(report.Request).OfType<Citation>())
        {
            CitationTextRules.Check(citation, diagnostics);
        }
        if (report.Period is not { } period)
        {
            return report;
        }
        var window = ReportRules.CheckWindow(report, period, rule, diagnostics);
        var groups = ReportRules.CheckTasks(report, resolved?.Plan, units, window, diagnostics);
        ReportRules.CheckFigures(report, diagnostics);
        var facts = new ReportFacts(
            resolved?.Citation ?? report.ReportsOn?.Citation ?? new Citation(null, null, null, null, null, null),
            ReportPeriods.Name(period),
            ReportPeriods.SamePeriodLastYear(period),
            window,
            report.Due?.Earliest ?? DueDates.Of(rule.Due, window.To, rule.DaysOff),
            groups);
        var cited = resolved is null ? report : report with { ReportsOn = report.ReportsOn! with { Citation = resolved.Citation } };
        return cited with { Facts = facts };
    }

    /// <summary>
    /// The rule for a report of <paramref name="report"/>'s issuer: the plan's <c>reporting:</c>, the
    /// unit's own in units.yaml, the province's, then plangen's defaults.
    /// </summary>
    internal static EffectiveRule RuleOf(IFamilyDocument report, Plan? plan, UnitMatcher? units) =>
        EffectiveRule.Of(plan?.Reporting, UnitKeys.UnitOf(report.Issuer, units)?.Reporting, units?.Registry.Reporting);
}
