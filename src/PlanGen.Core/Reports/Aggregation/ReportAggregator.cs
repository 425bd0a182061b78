using PlanGen.Core.Diagnostics;
using PlanGen.Core.Format;
using PlanGen.Core.Hierarchy;
using PlanGen.Core.Model;
using PlanGen.Core.Units;
using PlanGen.Core.Validation;

namespace PlanGen.Core.Reports.Aggregation;

/// <summary>
/// <c>plangen report aggregate</c>: the report draft of the body that issued a plan, from its units'
/// reports on it for one period — for each task of the plan the lead unit's result first and the
/// supporting units' after, each attributed; the figures by their owners (<see cref="FigureTotals"/>);
/// and the units that lead tasks and have not reported (PG2222). A report that is not one (PG2224),
/// is on another plan (PG2223) or another period (PG2225), or has errors is left out.
/// </summary>
public static class ReportAggregator
{
    /// <summary>
    /// The draft for the plan at <paramref name="planPath"/> from the reports at
    /// <paramref name="reportPaths"/>; <paramref name="outputPath"/> is where it will be written, by
    /// default <c>&lt;plan folder&gt;/bc-tong-hop-&lt;period&gt;.yaml</c>. Null after reporting why
    /// there is nothing to put together: the plan's errors, no units.yaml, no report taken.
    /// </summary>
    public static AggregatedReport? Aggregate(PlanGenRun run, string planPath, IReadOnlyList<string> reportPaths, string? outputPath, DiagnosticBag diagnostics)
    {
        if (PlanReportedOn.Read(run, planPath, diagnostics) is not (var plan, var units))
        {
            return null;
        }
        if (units is null)
        {
            // Whose report is whose, and whose figure is whose, is what units.yaml says.
            diagnostics.Add(DiagnosticCode.UnitsFileMissing, SourceSpan.WholeFile(planPath), PlanValidator.UnitsFileOf(plan) ?? "units.yaml");
            return null;
        }
        var taken = Read(run, planPath, reportPaths, units, diagnostics);
        if (taken.Count == 0)
        {
            return null;
        }
        var period = taken[0].Report.Period!;
        var path = outputPath ?? Path.Combine(Path.GetDirectoryName(planPath) ?? "", "bc-tong-hop-" + (ReportPeriods.ShortForm(period) ?? "ky") + ".yaml");
        var tasks = AssignedTask.Of(plan);
        var reported = taken.Select(r => r.Unit).ToList();
        // The plan's issuer puts the reports together: it sends none to itself.
        var issuer = UnitKeys.UnitOf(plan.Issuer, units);
        var notReported = units.Registry.Units
            .Where(u => u != issuer && !reported.Contains(u) && tasks.Any(t => t.IsLedBy(Keys(u), units)))
            .ToList();
        foreach (var unit in notReported)
        {
            var led = tasks.Where(t => t.IsLedBy(Keys(unit), units)).Select(t => t.Id).ToList();
            diagnostics.Add(DiagnosticCode.UnitNotReported, SourceSpan.WholeFile(planPath), unit.Name, led.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), string.Join(", ", led));
        }
        var entries = new List<TaskReport>();
        var withoutStatus = new List<string>();
        foreach (var task in tasks)
        {
            var (entry, leadSilent) = Merge(task, taken, units);
            if (entry is not null)
            {
                entries.Add(entry);
            }
            if (leadSilent)
            {
                withoutStatus.Add(task.Id);
            }
        }
        var figures = FigureTotals.Of(taken, units, diagnostics);
        var draft = SkeletonAggregate.Write(plan, units, period, path, taken, figures, entries, notReported);
        return new AggregatedReport(path, draft, reported, notReported, withoutStatus);
    }

    private static int IndexOf(IReadOnlyList<Unit> units, Unit unit)
    {
        for (var i = 0; i < units.Count; i++)
        {
            if (units[i] == unit)
            {
                return i;
            }
        }
        return units.Count;
    }

    private static HashSet<string> Keys(Unit unit) => new(StringComparer.Ordinal) { "#" + unit.Id };

    // The lead units' entries first, then the supporting units', each result under its unit's name.
    private static (TaskReport? Entry, bool LeadSilent) Merge(AssignedTask task, IReadOnlyList<UnitReport> reports, UnitMatcher units)
    {
        var said = reports
            .Select(r => (Report: r, Entry: r.Report.Tasks.FirstOrDefault(t => string.Equals(t.TaskId.Trim(), task.Id, StringComparison.OrdinalIgnoreCase)), Leads: task.IsLedBy(Keys(r.Unit), units)))
            .Where(x => x.Entry is not null || x.Leads)
            .OrderBy(x => x.Leads ? 0 : 1)
            .ToList();
        var leadSilent = said.Any(x => x.Leads && x.Entry?.State is null);
        var spoken = said.Where(x => x.Entry is not null).ToList();
        if (spoken.Count == 0)
        {
            return (null, leadSilent);
        }
        var state = spoken.FirstOrDefault(x => x.Leads && x.Entry!.State is not null).Entry?.State ?? spoken.Select(x => x.Entry!.State).FirstOrDefault(s => s is not null);
        var result = spoken.SelectMany(x => x.Entry!.Result.Select((p, i) => i == 0 ? x.Report.Name + (x.Leads ? " (chủ trì)" : " (phối hợp)") + ": " + p : p)).ToList();
        var documents = spoken.SelectMany(x => x.Entry!.Documents).ToList();
        return (new TaskReport(task.Id, state, result, documents), leadSilent);
    }

    private static List<UnitReport> Read(PlanGenRun run, string planPath, IReadOnlyList<string> reportPaths, UnitMatcher units, DiagnosticBag diagnostics)
    {
        var plan = Path.GetFullPath(planPath);
        var taken = new List<UnitReport>();
        foreach (var path in reportPaths.Where(p => !string.Equals(Path.GetFullPath(p), plan, StringComparison.Ordinal)))
        {
            var bag = new DiagnosticBag();
            // A report sent as DOCX or PDF is imported in memory beside the plan, as import would write it.
            var (document, read) = run.Importer.ReadReport(run, path, planPath, bag);
            diagnostics.AddRange(bag.Items.Where(d => d.Code != DiagnosticCode.ReportWherePlanExpected));
            if (document is not Report { Facts: not null, Period: { } period } report || bag.HasErrors)
            {
                if (document is Plan)
                {
                    diagnostics.Add(DiagnosticCode.NotAReport, document.Span, Path.GetFileName(path));
                }
                continue;
            }
            if (report.ReportsOn?.Path is not { } on || !string.Equals(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(read) ?? "", on)), plan, StringComparison.Ordinal))
            {
                diagnostics.Add(DiagnosticCode.ReportOnAnotherPlan, report.SpanOf("reports_on"), Path.GetFileName(path), planPath);
                continue;
            }
            if (taken.Count > 0 && !period.Equals(taken[0].Report.Period))
            {
                diagnostics.Add(DiagnosticCode.ReportOfAnotherPeriod, period.Span, Path.GetFileName(path), ReportPeriods.Name(period), ReportPeriods.Name(taken[0].Report.Period!));
                continue;
            }
            if (UnitKeys.UnitOf(report.Issuer, units) is not { } unit)
            {
                diagnostics.Add(DiagnosticCode.UnknownUnit, report.Issuer.Span, report.Issuer.Name, MessageWord.Units.Closest(units.Closest(report.Issuer.Name)));
                continue;
            }
            taken.Add(new UnitReport(report, unit));
        }
        // In units.yaml's order, whatever order the files came in: the same draft from the same reports.
        return [.. taken.OrderBy(r => IndexOf(units.Registry.Units, r.Unit))];
    }
}
