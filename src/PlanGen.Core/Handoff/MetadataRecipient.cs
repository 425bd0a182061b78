namespace PlanGen.Core.Handoff;

/// <summary>One line of Nơi nhận as the e-office takes it: the text printed, and the unit's id in units.yaml when it names a listed unit.</summary>
/// <param name="Name">The line as printed, with its mark such as "(b/c)".</param>
/// <param name="Unit">The unit's id, or null.</param>
public sealed record MetadataRecipient(string Name, string? Unit);
