using PlanGen.Core.Diagnostics;
using PlanGen.Core.Units;
using PlanGen.Core.Input;
using PlanGen.Core.Model;
using PlanGen.Core.Validation;
using PlanGen.Core.Yaml;

namespace PlanGen.Core.Hierarchy.ParentRules;

/// <summary>
/// Finds the parent plan a child names by path (relative to the child's file), reads it and checks
/// it with its own parent chain up to the top. Every failure is reported at the child's
/// <c>parent:</c> value: a missing file (PG2101), a cycle (PG2102), a parent with errors (PG2103,
/// quoting the parent's first error). The parent side is read once per run (<see cref="ParentCache"/>);
/// these decisions at the child's place are made for each child.
/// </summary>
public static class ParentResolver
{
    /// <summary>How paths of plans are compared: as the file system compares them.</summary>
    internal static readonly StringComparer PathComparer = OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    /// <summary>
    /// The parent of <paramref name="child"/>, checked; null when the child names no parent file or
    /// after reporting why the parent cannot be used.
    /// </summary>
    public static ResolvedParent? Resolve(PlanGenRun run, Plan child, DiagnosticBag diagnostics, PlanCheckOptions? options = null) =>
        Resolve(run, child, diagnostics, options ?? new PlanCheckOptions(), []);

    /// <param name="descendants">Full paths of the plans below the child on the chain being checked.</param>
    /// <param name="chain">
    /// Where to note the files the outcome depends on, when the child is itself a parent being read;
    /// null for the plan being checked.
    /// </param>
    internal static ResolvedParent? Resolve(
        PlanGenRun run, Plan child, DiagnosticBag diagnostics, PlanCheckOptions options, IReadOnlyList<string> descendants, ICollection<FileStamp>? chain = null)
    {
        if (child.Parent is not { Path: { } relative } reference)
        {
            return null;
        }
        var span = reference.SpanOf("path");
        if (!Input.BoundedFile.IsUsablePath(relative))
        {
            diagnostics.Add(DiagnosticCode.UnusablePath, span);
            return null;
        }
        var folder = Path.GetDirectoryName(child.SourcePath) ?? "";
        var path = Path.Combine(folder, relative);
        var full = Path.GetFullPath(path);
        var lineage = descendants.Append(Path.GetFullPath(child.SourcePath)).ToList();
        var loop = lineage.FindIndex(p => PathComparer.Equals(p, full));
        if (loop >= 0)
        {
            var names = lineage.Skip(loop).Append(full).Select(p => Path.GetRelativePath(Path.GetFullPath(folder.Length == 0 ? "." : folder), p));
            diagnostics.Add(DiagnosticCode.ParentCycle, span, string.Join(" → ", names));
            return null;
        }
        if (!File.Exists(path))
        {
            // Noted so that the parent appearing later is seen.
            chain?.Add(FileStamp.Of(full));
            diagnostics.Add(DiagnosticCode.ParentNotFound, span, relative);
            return null;
        }
        var side = run.Parents.Get(path, full, options, lineage, nested: chain is not null, l => Read(run, path, full, options, l));
        foreach (var stamp in side.Chain)
        {
            chain?.Add(stamp);
        }
        var first = side.Diagnostics.FirstOrDefault(d => d.Severity == Severity.Error);
        if (first is { Code: DiagnosticCode.ParentCycle })
        {
            // The loop runs through this child too: say so here, not "the parent has errors".
            diagnostics.Add(DiagnosticCode.ParentCycle, span, first.Arguments[0]);
            return null;
        }
        if (side.Plan is not { } parent || first is not null)
        {
            diagnostics.Add(DiagnosticCode.ParentHasErrors, span, relative, first is null ? "" : DiagnosticMessages.Nested(first));
            return null;
        }
        return new ResolvedParent(parent, ParentCitation.Of(parent), side.Units);
    }

    /// <summary>The parent read and checked with its own chain up, for a child with <paramref name="lineage"/>.</summary>
    internal static ParentSide Read(PlanGenRun run, string path, string full, PlanCheckOptions options, IReadOnlyList<string> lineage)
    {
        // Stamped before reading, so an edit made while it is read is seen at the next use.
        var chain = new List<FileStamp> { FileStamp.Of(full) };
        var diagnostics = new DiagnosticBag();
        var parent = run.Importer.ReadPlan(run, path, diagnostics);
        if (parent is null)
        {
            return new ParentSide(null, null, diagnostics.Items, chain);
        }
        if (PlanValidator.UnitsFileOf(parent) is { } units)
        {
            chain.Add(FileStamp.Of(Path.GetFullPath(units)));
        }
        var checks = PlanValidator.Validate(run, parent, diagnostics, options);
        HierarchyValidator.Check(checks, lineage, chain);
        // A parent document is matched by the unit names it prints; a units.yaml beside it adds its aliases.
        var matcher = run.Readers.IsDocument(path) ? PrintedUnits.Of(parent, checks.Units, out _) : checks.Units;
        return new ParentSide(parent, matcher, diagnostics.Items, chain);
    }
}
