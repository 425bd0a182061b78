namespace PlanGen.Core.Hierarchy.Coverage;

/// <summary>A group of the parent's task table (I, II, …) with the coverage of its tasks.</summary>
/// <param name="Number">The group's printed number, "III".</param>
/// <param name="Title">The group's title.</param>
/// <param name="Rows">Its tasks and sub-tasks in reading order.</param>
public sealed record CoverageGroup(string Number, string Title, IReadOnlyList<CoverageRow> Rows);
