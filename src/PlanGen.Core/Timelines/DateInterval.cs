namespace PlanGen.Core.Timelines;

/// <summary>A span of whole days, both ends included.</summary>
/// <param name="From">The first day.</param>
/// <param name="To">The last day; never before <paramref name="From"/>.</param>
public readonly record struct DateInterval(DateOnly From, DateOnly To);
