namespace PlanGen.Core;

/// <summary>Options of the checks.</summary>
/// <param name="Strict">Parent tasks led by the unit and not taken up are errors, not warnings.</param>
public sealed record PlanCheckOptions(bool Strict = false);
