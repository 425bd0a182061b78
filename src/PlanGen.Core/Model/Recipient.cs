namespace PlanGen.Core.Model;

/// <summary>Nơi nhận — one recipient line, e.g. "Ủy ban ATGTQG (b/c)"; printed with "- " and ";".</summary>
/// <param name="Text">The line as printed, with any mark such as "(b/c)".</param>
/// <param name="Unit">The unit it names, for matching across plans.</param>
public sealed record Recipient(string Text, string? Unit) : ModelNode;
