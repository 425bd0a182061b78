using PlanGen.Core.Model;

namespace PlanGen.Cli;

/// <summary>How a validate or build run ended: the documents that passed, by type, and the files that did not.</summary>
/// <param name="Passed">The type of each document valid (or built), in the order given.</param>
/// <param name="Failed">Files with errors (or not built), whatever their kind.</param>
internal sealed record BatchCounts(IReadOnlyList<FamilyType> Passed, int Failed)
{
    /// <summary>The types that passed with how many of each, in the order messages list the types.</summary>
    public IEnumerable<(FamilyType Type, int Count)> ByType() =>
        FamilyTypes.All.Select(t => (t, Passed.Count(p => p == t))).Where(c => c.Item2 > 0);
}
