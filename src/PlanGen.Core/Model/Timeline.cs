namespace PlanGen.Core.Model;

/// <summary>Thời gian thực hiện of an item or task, as the clerk wrote it; parsed by the checks.</summary>
public sealed record Timeline(string Text) : ModelNode;
