using PlanGen.Core.Diagnostics;
using PlanGen.Core.Format;
using PlanGen.Core.Units;
using PlanGen.Core.Text;

namespace PlanGen.Core.Hierarchy.Derive;

/// <summary>
/// <c>plangen derive</c>: a sub-plan skeleton for one unit named in a parent plan — issuer from
/// units.yaml, the parent by path, theme and period from the parent, the tasks the unit leads as
/// content items and those it supports as a part of their own, the parent's issuer among the
/// recipients. The result validates without errors as it is.
/// </summary>
public static class PlanDeriver
{
    /// <summary>
    /// Derives the plan of <paramref name="unitName"/> (any spelling units.yaml knows) from the plan at
    /// <paramref name="parentPath"/>. <paramref name="childPath"/> is where it will be written, by
    /// default <c>&lt;parent folder&gt;/&lt;unit id&gt;.yaml</c>. Null after reporting: the parent's
    /// errors, or PG2116 for a unit no registry knows.
    /// </summary>
    public static DerivedPlan? Derive(PlanGenRun run, string parentPath, string unitName, string? childPath, DiagnosticBag diagnostics)
    {
        // The parent's findings are the user's too: its warnings go with the derived plan.
        var parentDiagnostics = new DiagnosticBag();
        var checkedParent = PlanPipeline.Check(run, parentPath, parentDiagnostics, allowDocument: true);
        diagnostics.AddRange(parentDiagnostics.Items);
        if (checkedParent is null || parentDiagnostics.HasErrors)
        {
            return null;
        }
        var (parent, units) = checkedParent;
        // A parent document is matched by the unit names it prints; a units.yaml beside it adds its aliases.
        IReadOnlySet<Model.Unit> printed = new HashSet<Model.Unit>();
        if (run.Readers.IsDocument(parentPath)) units = PrintedUnits.Of(parent, units, out printed);
        var unit = units?.Find(UnitKeys.Clean(unitName)) ?? PrintedUnits.Find(printed, UnitKeys.Clean(unitName));
        if (unit is null)
        {
            var closest = units is null ? ClosestInCells(unitName, parent) : units.Closest(unitName);
            diagnostics.Add(DiagnosticCode.UnknownUnit, SourceSpan.WholeFile(parentPath), unitName, MessageWord.Units.Closest(closest));
            return null;
        }
        return DeriveFor(parent, units!, unit, childPath ?? Path.Combine(Path.GetDirectoryName(parentPath) ?? "", unit.Id + ".yaml"), parentPath, printed);
    }

    /// <summary>
    /// One skeleton for each unit of units.yaml that leads at least one task of the parent, written
    /// to be saved in <paramref name="folder"/> as <c>&lt;unit id&gt;.yaml</c>, in the registry's
    /// order. Null after reporting the parent's errors; empty when the parent has no registry or
    /// no unit of it leads a task.
    /// </summary>
    public static IReadOnlyList<DerivedPlan>? DeriveAll(PlanGenRun run, string parentPath, string folder, DiagnosticBag diagnostics)
    {
        var parentDiagnostics = new DiagnosticBag();
        var checkedParent = PlanPipeline.Check(run, parentPath, parentDiagnostics);
        diagnostics.AddRange(parentDiagnostics.Items);
        if (checkedParent is null || parentDiagnostics.HasErrors)
        {
            return null;
        }
        var (parent, units) = checkedParent;
        if (units is null)
        {
            return [];
        }
        var tasks = AssignedTask.Of(parent);
        var derived = new List<DerivedPlan>();
        foreach (var unit in units.Registry.Units.Where(u => tasks.Any(t => t.IsLedBy(new HashSet<string>(StringComparer.Ordinal) { "#" + u.Id }, units))))
        {
            // One unit's failure is that unit's file's diagnostic; the other units are still derived.
            var path = Path.Combine(folder, unit.Id + ".yaml");
            Batch.FileFailure.Isolate(path, diagnostics, () =>
            {
                derived.Add(DeriveFor(parent, units, unit, path, parentPath, new HashSet<Model.Unit>()));
                return true;
            });
        }
        return derived;
    }

    // The child names the parent by the file given (a document's plan is read from it in memory).
    private static DerivedPlan DeriveFor(Model.Plan parent, UnitMatcher units, Model.Unit unit, string path, string parentPath, IReadOnlySet<Model.Unit> printed)
    {
        var childFolder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var keys = new HashSet<string>(StringComparer.Ordinal) { "#" + unit.Id };
        var tasks = AssignedTask.Of(parent);
        var led = tasks.Where(t => t.IsLedBy(keys, units)).ToList();
        var supported = tasks.Where(t => !t.IsLedBy(keys, units) && t.IsSupportedBy(keys, units)).ToList();
        var parentIssuer = UnitKeys.UnitOf(parent.Issuer, units) is { } issuerUnit && !printed.Contains(issuerUnit) ? issuerUnit : null;
        var governing = unit.ParentId is null ? null
            : unit.ParentId == parentIssuer?.Id ? parent.Issuer.Name
            : units.Find(unit.ParentId)?.Name;
        var derivation = new Derivation(
            parent,
            ParentCitation.Of(parent),
            unit,
            YamlPaths.FromFolder(childFolder, parentPath),
            units.Registry.Path.Length == 0 ? null : YamlPaths.FromFolder(childFolder, units.Registry.Path),
            governing,
            parentIssuer?.Id,
            led,
            supported) { Registered = !printed.Contains(unit) };
        var yaml = PlanSchema.WithModeline(SkeletonPlan.Write(derivation));
        return new DerivedPlan(path, yaml, unit, [.. led.Select(t => t.Id)], [.. supported.Select(t => t.Id)]);
    }

    // Without a registry the only names known are those the appendix cells print.
    internal static IEnumerable<string> ClosestInCells(string name, Model.Plan parent)
    {
        var key = VietnameseText.Key(name);
        return AssignedTask.Of(parent)
            .SelectMany(t => t.Lead.Concat(t.Support))
            .Select(u => UnitKeys.Clean(u.Name))
            .Distinct(StringComparer.Ordinal)
            .OrderBy(n => Suggestions.Distance(key, VietnameseText.Key(n)))
            .ThenBy(n => n, StringComparer.Ordinal)
            .Take(3);
    }
}
