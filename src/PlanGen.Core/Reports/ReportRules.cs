using System.Globalization;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Format;
using PlanGen.Core.Hierarchy;
using PlanGen.Core.Model;
using PlanGen.Core.Reports.Schedule;
using PlanGen.Core.Text;
using PlanGen.Core.Timelines;
using PlanGen.Core.Units;
using PlanGen.Core.Validation;

namespace PlanGen.Core.Reports;

/// <summary>
/// The checks of a report against the plan it reports on: each task id is one of the plan's and is
/// reported once, a task the unit leads has a status, "hoàn thành" is not claimed for a task whose
/// timeline has not begun, the window fits the period, each figure has its count.
/// </summary>
internal static class ReportRules
{
    // A window written by hand may shift the cut-off by a few days, not by a month.
    private const int WindowSlackDays = 31;

    /// <summary>The window the report counts: its own when written (checked against the rule's), else the rule's.</summary>
    public static Period CheckWindow(Report report, ReportPeriod period, EffectiveRule rule, DiagnosticBag diagnostics)
    {
        var ruled = rule.WindowOf(period);
        if (report.Window is not { } written)
        {
            return ruled;
        }
        var name = ReportPeriods.Name(period);
        if (Math.Abs(written.From.DayNumber - ruled.From.DayNumber) > WindowSlackDays || Math.Abs(written.To.DayNumber - ruled.To.DayNumber) > WindowSlackDays)
        {
            diagnostics.Add(DiagnosticCode.WindowNotThePeriod, written.Span, Days(written), name, Days(ruled));
        }
        else if (written.From != ruled.From || written.To != ruled.To)
        {
            diagnostics.Add(DiagnosticCode.WindowDiffersFromRule, written.Span, Days(written), Days(ruled), name);
        }
        return written;
    }

    /// <summary>Checks the task entries against the plan and gives them under the plan's groups.</summary>
    public static IReadOnlyList<ReportedGroup> CheckTasks(Report report, Plan? plan, UnitMatcher? units, Period window, DiagnosticBag diagnostics)
    {
        var entries = Unique(report.Tasks, diagnostics);
        if (plan is null)
        {
            // Cited on paper only: the tasks are printed by their ids, unchecked.
            return entries.Count == 0 ? [] : [new ReportedGroup("", "", [.. entries.Values.Select(e => new ReportedTask(e, e.TaskId, "", null, null))])];
        }
        var tasks = AssignedTask.Of(plan);
        var known = tasks.ToDictionary(t => t.Id, StringComparer.OrdinalIgnoreCase);
        var issuer = UnitKeys.OfIssuer(report.Issuer, units);
        // The plan's issuer reports on the whole plan (its units' reports put together); a unit on its own tasks.
        var ofIssuer = UnitKeys.OfIssuer(plan.Issuer, units).Overlaps(issuer);
        var own = tasks.Where(t => ofIssuer || t.IsLedBy(issuer, units) || t.IsSupportedBy(issuer, units)).Select(t => t.Id).ToList();
        var who = report.Issuer.ShortName ?? report.Issuer.Name;
        foreach (var entry in entries.Values)
        {
            if (!known.TryGetValue(entry.TaskId, out var task))
            {
                var closest = Suggestions.Closest(entry.TaskId, [.. known.Keys], 3);
                diagnostics.Add(DiagnosticCode.ReportTaskUnknown, entry.SpanOf("task"), entry.TaskId, string.Join(", ", closest.Count > 0 ? closest : known.Keys.Take(3)));
                continue;
            }
            if (!own.Contains(task.Id, StringComparer.OrdinalIgnoreCase))
            {
                diagnostics.Add(DiagnosticCode.TaskNotAssigned, entry.SpanOf("task"), task.Id, who, own.Count == 0 ? "—" : string.Join(", ", own));
            }
            CheckDone(entry, task, plan, window, diagnostics);
        }
        foreach (var task in tasks.Where(t => t.IsLedBy(issuer, units)))
        {
            var entry = entries.GetValueOrDefault(task.Id);
            if (entry?.State is null)
            {
                diagnostics.Add(DiagnosticCode.LedTaskWithoutStatus, entry?.SpanOf("status") ?? report.SpanOf("tasks"), task.Id, who, Excerpt(task.Task.Content));
            }
        }
        return Grouped(plan, tasks, entries);
    }

    /// <summary>A figure without this period's count is printed blank and noted; a count written wrong was reported where it is read.</summary>
    public static void CheckFigures(Report report, DiagnosticBag diagnostics)
    {
        foreach (var figure in report.Figures.Where(f => f.ThisPeriod is null && !string.IsNullOrWhiteSpace(f.Name) && !f.FieldSpans.ContainsKey("this_period")))
        {
            diagnostics.Add(DiagnosticCode.FigureWithoutValue, figure.Span, figure.Name);
        }
    }

    /// <summary>The first few words of a task, for a message that must say which one it means.</summary>
    internal static string Excerpt(string content)
    {
        var line = Templating.MarkupText.StripEmphasis(content).Replace('\n', ' ').Trim();
        return line.Length <= 90 ? line : line[..89].TrimEnd() + "…";
    }

    private static Dictionary<string, TaskReport> Unique(IReadOnlyList<TaskReport> tasks, DiagnosticBag diagnostics)
    {
        var entries = new Dictionary<string, TaskReport>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in tasks.Where(t => t.TaskId.Trim().Length > 0))
        {
            var id = entry.TaskId.Trim();
            if (entries.TryGetValue(id, out var first))
            {
                diagnostics.Add(DiagnosticCode.TaskReportedTwice, entry.SpanOf("task"), id, (first.Span.StartLine + 1).ToString(CultureInfo.InvariantCulture));
                continue;
            }
            entries.Add(id, entry with { TaskId = id });
        }
        return entries;
    }

    // "Hoàn thành" for work whose timeline starts after the figures end is worth a second look.
    private static void CheckDone(TaskReport entry, AssignedTask task, Plan plan, Period window, DiagnosticBag diagnostics)
    {
        if (entry.State != TaskState.Done || task.Timeline is not { } timeline)
        {
            return;
        }
        var parsed = TimelineParser.Parse(timeline.Text, PlanFacts.EffectivePeriod(plan)?.From.Year);
        if (parsed is { Understood: true, Start: { } start } && parsed.Kinds.HasFlag(TimelineKinds.Dated) && start > window.To)
        {
            diagnostics.Add(DiagnosticCode.DoneBeforeTimeline, entry.SpanOf("status"), task.Id, timeline.Text, Day(start), Day(window.To));
        }
    }

    private static List<ReportedGroup> Grouped(Plan plan, List<AssignedTask> tasks, Dictionary<string, TaskReport> entries)
    {
        var groups = new List<ReportedGroup>();
        foreach (var group in plan.Appendix?.Groups ?? [])
        {
            var reported = tasks
                .Where(t => t.Id.StartsWith(group.Number + ".", StringComparison.Ordinal) && entries.ContainsKey(t.Id))
                .Select(t => new ReportedTask(entries[t.Id], t.Task.Number, t.Task.Content, t.Timeline?.Text, t.Task.Cells.Lead ?? Units(t.Lead)))
                .ToList();
            if (reported.Count > 0)
            {
                groups.Add(new ReportedGroup(group.Number, group.Title, reported));
            }
        }
        return groups;
    }

    private static string? Units(IReadOnlyList<UnitName> names) => names.Count == 0 ? null : string.Join(", ", names.Select(n => n.Name));

    private static string Days(Period period) => Day(period.From) + " – " + Day(period.To);

    internal static string Day(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
