using PlanGen.Core.Batch;
using PlanGen.Core.Model;

namespace PlanGen.Core.Build;

/// <summary>What a build batch left, in input order.</summary>
/// <param name="Outcomes">Each plan's findings and whether its files were written.</param>
/// <param name="Types">Each plan's document type (a plan's when it could not be read), so a run counts plans, reports, decisions apart.</param>
public sealed record BuildBatchResult(IReadOnlyList<StepOutcome> Outcomes, IReadOnlyList<FamilyType> Types)
{
    /// <summary>For each plan, the DOCX the plan a decision issues was written to apart (<c>--separate</c>); null for the others.</summary>
    public IReadOnlyList<string?> IssuedApart { get; init; } = [.. Outcomes.Select(_ => (string?)null)];
}
