using System.Security.Cryptography;
using System.Text;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Format;
using PlanGen.Core.Hierarchy;
using PlanGen.Core.Model;
using PlanGen.Core.Reports.Schedule;
using PlanGen.Core.Timelines;
using PlanGen.Core.Units;
using PlanGen.Core.Validation;

namespace PlanGen.Core.Reports.Deadlines;

/// <summary>
/// <c>plangen deadlines</c>: every report due date and every task timeline of the plans given.
/// Each unit that leads or supports a task reports for each period the reporting rule asks for
/// (the plan's, the unit's, then the province's <c>reporting:</c>, as <c>report init</c> reads
/// them), due as <see cref="EffectiveRule.DueOf"/> says; each task's timeline is read as the plan's
/// checks read it, in the plan's year.
/// </summary>
public static class PlanDeadlines
{
    /// <summary>
    /// The dates of every plan at <paramref name="paths"/> in the order given, each plan's reports
    /// first; a report file among them is passed over (its dates are its plan's). Null when a plan
    /// cannot be read or has errors, after its findings are reported: the list is then not whole.
    /// </summary>
    public static IReadOnlyList<DeadlineEntry>? Of(PlanGenRun run, IReadOnlyList<string> paths, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var entries = new List<DeadlineEntry>();
        var complete = true;
        foreach (var path in paths)
        {
            if (IsReport(path))
            {
                continue;
            }
            if (PlanReportedOn.Read(run, path, diagnostics) is not (var plan, var units))
            {
                complete = false;
                continue;
            }
            entries.AddRange(Of(plan, units, path));
        }
        return complete ? entries : null;
    }

    private static List<DeadlineEntry> Of(Plan plan, UnitMatcher? units, string path)
    {
        var name = ParentCitation.Of(plan).Number ?? Path.GetFileNameWithoutExtension(path);
        var period = PlanFacts.EffectivePeriod(plan);
        var issued = plan.Date?.Earliest ?? period?.From ?? new DateOnly(plan.Year ?? 1970, 1, 1);
        var tasks = AssignedTask.Of(plan);
        var entries = new List<DeadlineEntry>();
        if (plan.Year is { } year)
        {
            foreach (var (unitName, unit) in ReportingUnits(tasks, units))
            {
                var rule = EffectiveRule.Of(plan.Reporting, unit?.Reporting, units?.Registry.Reporting);
                foreach (var report in rule.Cycles.SelectMany(c => PeriodsOf(c, year)))
                {
                    var due = rule.DueOf(report);
                    var key = ReportPeriods.ShortForm(report) ?? "";
                    entries.Add(new DeadlineEntry(DeadlineKind.ReportDue, path, name, key, unitName, "Báo cáo " + ReportPeriods.Name(report),
                        "", due, due, issued, Uid(path, "report", key, unitName)));
                }
            }
        }
        // A sub-plan writes its tasks as content items, each with its timeline and the parent's task it
        // takes up; an item has no id of its own, so its event's id also rests on its words (an item
        // added before it does not change it).
        var items = PlanFacts.AllSections(plan).Where(s => s.Timeline is not null).Select(s =>
            (Key: s.ParentTask ?? "", Uid: "item", Lead: ItemUnits(s, plan), What: s.Title ?? (s.Paragraphs.Count > 0 ? s.Paragraphs[0] : ""), Timeline: s.Timeline!));
        var rows = tasks.Where(t => t.Timeline is not null).Select(t => (Key: t.Id, Uid: "task", Lead: string.Join("; ", t.Lead.Select(u => u.Name)), What: t.Task.Content, Timeline: t.Timeline!));
        foreach (var row in items.Concat(rows))
        {
            var parsed = TimelineParser.Parse(row.Timeline.Text, period?.From.Year);
            var dated = parsed.Kinds.HasFlag(TimelineKinds.Dated) && parsed.Intervals.Count > 0;
            entries.Add(new DeadlineEntry(DeadlineKind.Task, path, name, row.Key, row.Lead, Templating.MarkupText.StripEmphasis(row.What),
                parsed.Text, dated ? parsed.Intervals[0].From : null, dated ? parsed.Intervals[0].To : null, issued, Uid(path, row.Uid, row.Key, row.Uid == "item" ? row.What : "")));
        }
        return entries;
    }

    /// <summary>Who carries out a content item: its lead units, else its assignment as written, else the plan's issuer.</summary>
    private static string ItemUnits(Section item, Plan plan) => item.Assignment switch
    {
        { Lead.Count: > 0 } assignment => string.Join("; ", assignment.Lead.Select(u => u.Name)),
        { Text: { Length: > 0 } text } => text,
        _ => plan.Issuer.ShortName ?? plan.Issuer.Name,
    };

    /// <summary>
    /// The units units.yaml knows that lead or support a task, in the order the plan first names
    /// them; collective names (các sở, ban, ngành) report through the units they stand for. A plan
    /// without units.yaml has one line per period, under its own reporting rule.
    /// </summary>
    private static List<(string Name, Unit? Unit)> ReportingUnits(List<AssignedTask> tasks, UnitMatcher? units)
    {
        if (units is null)
        {
            return [("", null)];
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<(string, Unit?)>();
        foreach (var written in tasks.SelectMany(t => t.Lead.Concat(t.Support)))
        {
            if (units.Find(UnitKeys.Clean(written.Name)) is { } unit && seen.Add(unit.Id))
            {
                result.Add((unit.Name, unit));
            }
        }
        return result;
    }

    /// <summary>The periods of a cycle in one year: twelve months, four quarters, or the one six months, nine months or year.</summary>
    private static IEnumerable<ReportPeriod> PeriodsOf(ReportCycle cycle, int year) => cycle switch
    {
        ReportCycle.Month => Enumerable.Range(1, 12).Select(m => new ReportPeriod(cycle, year, m)),
        ReportCycle.Quarter => Enumerable.Range(1, 4).Select(q => new ReportPeriod(cycle, year, q)),
        ReportCycle.Dates => [],
        _ => [new ReportPeriod(cycle, year, 0)],
    };

    // The same plan file and line give the same id on every run and machine, so importing the
    // calendar again updates its events instead of adding them twice.
    private static string Uid(string path, string kind, string key, string detail)
    {
        var identity = Path.GetFileName(path) + "\n" + kind + "\n" + key + "\n" + Text.VietnameseText.Key(detail);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)))[..32] + "@plangen";
    }

    private static bool IsReport(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)
            ? Input.PlanSource.Load(path, new DiagnosticBag()) is { } text && Yaml.ReadContext.RootMapping(text, path, new DiagnosticBag()) is { } root && Format.DocumentTypes.IsReport(root)
            : false;
}
