using PlanGen.Core.Model;

namespace PlanGen.Core.Hierarchy.Coverage;

/// <summary>
/// Which tasks of a parent plan its child plans take up: one row per task, in the parent's order.
/// A model, not text, so each output format (table, CSV, JSON, DOCX) is a view of it.
/// </summary>
/// <param name="ParentPath">The parent plan's file.</param>
/// <param name="Citation">The parent's citation, for captions.</param>
/// <param name="Children">The child plans counted, by issuer, in the order given.</param>
/// <param name="Groups">The parent's task groups, each with its rows.</param>
public sealed record CoverageReport(string ParentPath, Citation Citation, IReadOnlyList<string> Children, IReadOnlyList<CoverageGroup> Groups)
{
    /// <summary>Every task and sub-task of the parent in reading order, across groups.</summary>
    public IReadOnlyList<CoverageRow> Rows { get; } = [.. Groups.SelectMany(g => g.Rows)];

    /// <summary>True when every task a unit leads is taken up by each of its lead units.</summary>
    public bool AllCovered => Rows.All(r => r.Gaps.Count == 0);

    /// <summary>Tasks with at least one single unit as lead.</summary>
    public int LedCount => Rows.Count(r => r.LeadUnits.Count > 0);

    /// <summary>Led tasks every lead unit has taken up.</summary>
    public int CoveredCount => Rows.Count(r => r.IsCovered);
}
