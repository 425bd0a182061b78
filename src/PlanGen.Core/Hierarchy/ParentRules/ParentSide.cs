using PlanGen.Core.Diagnostics;
using PlanGen.Core.Input;
using PlanGen.Core.Model;
using PlanGen.Core.Units;

namespace PlanGen.Core.Hierarchy.ParentRules;

/// <summary>
/// A parent plan read and checked up its own chain: the same for every child that names it, so it
/// is shared between them and never changed.
/// </summary>
/// <param name="Plan">The parent plan; null when it could not be read.</param>
/// <param name="Units">The unit registry the parent loaded.</param>
/// <param name="Diagnostics">What reading and checking the parent reported, about the parent's files.</param>
/// <param name="Chain">Every file the result depends on: the parent, its units.yaml, its parent and so on up.</param>
internal sealed record ParentSide(Plan? Plan, UnitMatcher? Units, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<FileStamp> Chain)
{
    /// <summary>True while no file of the chain has changed since it was read.</summary>
    public bool IsCurrent => Chain.All(stamp => stamp.IsCurrent);

    /// <summary>
    /// True when the chain passes through a plan of <paramref name="lineage"/>: then the cycle checks
    /// up the chain depend on that lineage and the parent must be checked for it alone.
    /// </summary>
    public bool Meets(IReadOnlyList<string> lineage) =>
        Chain.Any(stamp => lineage.Contains(stamp.Path, ParentResolver.PathComparer));
}
