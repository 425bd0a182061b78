using PlanGen.Core.Diagnostics;
using PlanGen.Core.Format;
using PlanGen.Core.Model;
using PlanGen.Core.Units;
using PlanGen.Core.Validation;

namespace PlanGen.Core.Hierarchy.Coverage;

/// <summary>
/// <c>plangen coverage</c>: reads a parent plan and child plans and reports, task by task, which
/// children take each up and which lead units have not.
/// </summary>
public static class CoverageAnalyzer
{
    /// <summary>
    /// The coverage of the plan at <paramref name="parentPath"/> by the plans at
    /// <paramref name="childPaths"/>; null when the parent cannot be read. A child that cannot be
    /// read, or names another parent (PG2117), is reported and left out; the parent itself among the
    /// children is not a child, nor is a report on it.
    /// </summary>
    public static CoverageReport? Analyze(PlanGenRun run, string parentPath, IReadOnlyList<string> childPaths, DiagnosticBag diagnostics)
    {
        var parentDiagnostics = new DiagnosticBag();
        var parent = run.Importer.ReadPlan(run, parentPath, parentDiagnostics);
        diagnostics.AddRange(parentDiagnostics.Items);
        if (parent is null || parentDiagnostics.HasErrors)
        {
            return null;
        }
        var children = new List<Plan>();
        // A folder may hold the parent and units.yaml beside the children: count only the children.
        foreach (var path in childPaths.Where(p => !SamePath(p, parentPath)))
        {
            var childDiagnostics = new DiagnosticBag();
            Plan? child = null;
            // One child's unexpected failure is that child's diagnostic; the others are still read.
            Batch.FileFailure.Isolate(path, childDiagnostics, () => (child = PlanLoader.Read(path, childDiagnostics)) is not null);
            if (child is null && childDiagnostics.Items.Any(d => d.Code == DiagnosticCode.ReportWherePlanExpected))
            {
                // A report on the plan, kept beside its sub-plans, takes up no task.
                continue;
            }
            diagnostics.AddRange(childDiagnostics.Items);
            if (child is null || childDiagnostics.HasErrors)
            {
                continue;
            }
            if (!NamesParent(child, parentPath))
            {
                diagnostics.Add(DiagnosticCode.ChildOfAnotherParent, child.Parent?.SpanOf("path") ?? child.Span, Path.GetFileName(path), parentPath);
                continue;
            }
            children.Add(child);
        }
        // A parent document is matched by the unit names it prints; a units.yaml beside it adds its aliases.
        var units = PlanValidator.LoadUnits(run, parent, diagnostics);
        return Analyze(parent, run.Readers.IsDocument(parentPath) ? PrintedUnits.Of(parent, units, out _) : units, children);
    }

    /// <summary>The coverage of <paramref name="parent"/> by <paramref name="children"/>, matching units through <paramref name="units"/>.</summary>
    public static CoverageReport Analyze(Plan parent, UnitMatcher? units, IReadOnlyList<Plan> children)
    {
        var takers = children.Select(c => (Name: c.Issuer.ShortName ?? c.Issuer.Name, Keys: UnitKeys.OfIssuer(c.Issuer, units), Taken: new TakenUpTasks(c))).ToList();
        // The parent's own issuer carries out its tasks itself; it writes no sub-plan of its own plan.
        var issuer = UnitKeys.OfIssuer(parent.Issuer, units);
        var rows = new List<CoverageRow>();
        foreach (var task in AssignedTask.Of(parent))
        {
            var leads = task.Lead
                .Select(u => (Key: UnitKeys.Of(u.Name, units), Name: units?.Find(UnitKeys.Clean(u.Name))?.Name ?? UnitKeys.Clean(u.Name)))
                .Where(u => (units is null || u.Key.StartsWith('#')) && !issuer.Contains(u.Key))
                .DistinctBy(u => u.Key)
                .ToList();
            var gaps = new List<CoverageGap>();
            foreach (var lead in leads)
            {
                var plans = takers.Where(t => t.Keys.Contains(lead.Key)).ToList();
                if (plans.Count == 0)
                {
                    gaps.Add(new CoverageGap(lead.Name, CoverageGapReason.NoPlan));
                }
                else if (!plans.Any(p => p.Taken.Contains(task.Id)))
                {
                    gaps.Add(new CoverageGap(lead.Name, CoverageGapReason.Skipped));
                }
            }
            var cell = task.Task.Cells.Lead ?? (task.Lead.Count > 0 ? string.Join(", ", task.Lead.Select(u => u.Name)) : null);
            rows.Add(new CoverageRow(task.Id, task.Task.Number, task.Task.Content, cell, [.. leads.Select(l => l.Name)],
                [.. takers.Where(t => t.Taken.Contains(task.Id)).Select(t => t.Name).Distinct(StringComparer.Ordinal)], gaps));
        }
        return new CoverageReport(parent.SourcePath, ParentCitation.Of(parent), [.. takers.Select(t => t.Name)], Grouped(parent, rows));
    }

    /// <summary>The rows under the parent's groups: rows come group by group, a task then its sub-tasks, as <see cref="AssignedTask.Of"/> reads them.</summary>
    private static List<CoverageGroup> Grouped(Plan parent, List<CoverageRow> rows)
    {
        var groups = new List<CoverageGroup>();
        var next = 0;
        foreach (var group in parent.Appendix?.Groups ?? [])
        {
            var count = group.Tasks.Sum(t => 1 + t.SubTasks.Count);
            groups.Add(new CoverageGroup(group.Number, group.Title, rows.GetRange(next, count)));
            next += count;
        }
        return groups;
    }

    private static bool NamesParent(Plan child, string parentPath)
    {
        if (child.Parent?.Path is not { } relative)
        {
            return false;
        }
        return SamePath(Path.Combine(Path.GetDirectoryName(child.SourcePath) ?? "", relative), parentPath);
    }

    private static bool SamePath(string a, string b) =>
        string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
}
