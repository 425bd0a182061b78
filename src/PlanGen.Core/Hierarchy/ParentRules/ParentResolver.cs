using PlanGen.Core.Diagnostics;
using PlanGen.Core.Model;
using PlanGen.Core.Validation;
using PlanGen.Core.Yaml;

namespace PlanGen.Core.Hierarchy.ParentRules;

/// <summary>
/// Finds the parent plan a child names by path (relative to the child's file), reads it and checks
/// it with its own parent chain up to the top. Every failure is reported at the child's
/// <c>parent:</c> value: a missing file (PG2101), a cycle (PG2102), a parent with errors (PG2103,
/// quoting the parent's first error).
/// </summary>
public static class ParentResolver
{
    private static readonly StringComparer PathComparer = OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    /// <summary>
    /// The parent of <paramref name="child"/>, checked; null when the child names no parent file or
    /// after reporting why the parent cannot be used.
    /// </summary>
    public static ResolvedParent? Resolve(Plan child, DiagnosticBag diagnostics, PlanCheckOptions? options = null) =>
        Resolve(child, diagnostics, options ?? new PlanCheckOptions(), []);

    /// <param name="descendants">Full paths of the plans below the child on the chain being checked.</param>
    internal static ResolvedParent? Resolve(Plan child, DiagnosticBag diagnostics, PlanCheckOptions options, IReadOnlyList<string> descendants)
    {
        if (child.Parent is not { Path: { } relative } reference)
        {
            return null;
        }
        var span = reference.SpanOf("path");
        if (!Input.BoundedFileReader.IsUsablePath(relative))
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
            diagnostics.Add(DiagnosticCode.ParentNotFound, span, relative);
            return null;
        }
        var parentDiagnostics = new DiagnosticBag();
        var parent = PlanReader.Read(path, parentDiagnostics);
        var parentChecks = parent is null ? null : PlanValidator.Validate(parent, parentDiagnostics, options);
        if (parentChecks is not null)
        {
            HierarchyValidator.Check(parentChecks, lineage);
        }
        var first = parentDiagnostics.Items.FirstOrDefault(d => d.Severity == Severity.Error);
        if (first is { Code: DiagnosticCode.ParentCycle })
        {
            // The loop runs through this child too: say so here, not "the parent has errors".
            diagnostics.Add(DiagnosticCode.ParentCycle, span, first.Arguments[0]);
            return null;
        }
        if (parent is null || parentChecks is null || first is not null)
        {
            diagnostics.Add(DiagnosticCode.ParentHasErrors, span, relative, first is null ? "" : DiagnosticMessages.Nested(first));
            return null;
        }
        return new ResolvedParent(parent, ParentCitation.Of(parent), parentChecks.Units);
    }
}
