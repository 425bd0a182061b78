namespace PlanGen.Cli;

/// <summary>How a validate or build run ended: the plans and the reports that passed, and the files that did not.</summary>
/// <param name="Plans">Plans valid (or built).</param>
/// <param name="Reports">Reports valid (or built).</param>
/// <param name="Failed">Files with errors (or not built), whatever their kind.</param>
internal sealed record BatchCounts(int Plans, int Reports, int Failed);
