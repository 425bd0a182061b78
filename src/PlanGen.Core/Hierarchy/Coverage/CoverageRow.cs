namespace PlanGen.Core.Hierarchy.Coverage;

/// <summary>One task of the parent plan in a coverage report.</summary>
/// <param name="TaskId">Its id, "III.2.1".</param>
/// <param name="Number">What the parent's STT column prints for it, "2.1".</param>
/// <param name="Content">Its content, as the parent writes it.</param>
/// <param name="Lead">The lead cell as printed (own or inherited from its group), or null.</param>
/// <param name="LeadUnits">The single units the lead cell names; collective names ("Các sở, ban, ngành") are not units.</param>
/// <param name="TakenUpBy">The child plans (by their issuer) that take the task up.</param>
/// <param name="Gaps">Lead units with no plan, or whose plan skips the task.</param>
public sealed record CoverageRow(
    string TaskId,
    string Number,
    string Content,
    string? Lead,
    IReadOnlyList<string> LeadUnits,
    IReadOnlyList<string> TakenUpBy,
    IReadOnlyList<CoverageGap> Gaps)
{
    /// <summary>True when a unit leads the task and every lead unit has taken it up.</summary>
    public bool IsCovered => LeadUnits.Count > 0 && Gaps.Count == 0;
}
