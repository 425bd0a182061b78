using PlanGen.Core.Diagnostics;
using PlanGen.Core.Format;
using PlanGen.Core.Hierarchy;
using PlanGen.Core.Model;
using PlanGen.Core.Reports.Schedule;
using PlanGen.Core.Units;
using PlanGen.Core.Validation;

namespace PlanGen.Core.Reports;

/// <summary>
/// Read and check one report: the first stage of validate and build for a report, and of report
/// aggregate for each child. The plan it reports on is read and checked, the report's rules run
/// against it, and what templates print is worked out (<see cref="ReportFacts"/>). An unexpected
/// failure becomes one diagnostic naming the file, never an exception to the caller.
/// </summary>
public static class ReportPipeline
{
    /// <summary>The report at <paramref name="path"/>, read and checked; null when it could not be read.</summary>
    public static CheckedReport? Check(string path, DiagnosticBag diagnostics)
    {
        try
        {
            var report = ReportReader.Read(path, diagnostics);
            StageClock.Mark("report read");
            return report is null ? null : Check(report, diagnostics);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            diagnostics.Add(DiagnosticCode.UnexpectedFailure, SourceSpan.WholeFile(path), e.GetType().Name + ": " + e.Message);
            return null;
        }
    }

    /// <summary>Checks a report read already; the plan's findings that stop it are reported at its <c>reports_on:</c>.</summary>
    internal static CheckedReport Check(Report report, DiagnosticBag diagnostics)
    {
        var units = PlanValidator.LoadUnits(report, diagnostics);
        var resolved = ReportedPlanResolver.Resolve(report, diagnostics);
        units ??= resolved?.Units;
        var rule = RuleOf(report, resolved?.Plan, units);
        SignatureRules.Check(report.Signature, diagnostics);
        foreach (var citation in report.Basis.Prepend(report.Request).OfType<Citation>())
        {
            CitationTextRules.Check(citation, diagnostics);
        }
        if (report.Period is not { } period)
        {
            return new CheckedReport(report, resolved?.Plan, units, rule);
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
        return new CheckedReport(cited with { Facts = facts }, resolved?.Plan, units, rule);
    }

    /// <summary>
    /// The rule for a report of <paramref name="report"/>'s issuer: the plan's <c>reporting:</c>, the
    /// unit's own in units.yaml, the province's, then plangen's defaults.
    /// </summary>
    internal static EffectiveRule RuleOf(IFamilyDocument report, Plan? plan, UnitMatcher? units) =>
        EffectiveRule.Of(plan?.Reporting, UnitKeys.UnitOf(report.Issuer, units)?.Reporting, units?.Registry.Reporting);
}
