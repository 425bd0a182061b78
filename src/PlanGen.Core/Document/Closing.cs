
namespace PlanGen.Core.Document;

/// <summary>The closing sentence of the body; its runs already end with <c>./.</c>.</summary>
/// <param name="Runs">The sentence.</param>
public sealed record Closing(IReadOnlyList<InlineRun> Runs) : Block;
