namespace PlanGen.Core.Model;

/// <summary>
/// A figure a province counts, in units.yaml: its id, what it counts, in what unit, and the unit
/// whose count it is (the police own the accident figures, not every department that repeats them).
/// </summary>
/// <param name="Id">A short stable id: "tngt-so-vu".</param>
/// <param name="Name">What is counted: "Số vụ tai nạn giao thông".</param>
/// <param name="Measure">Đơn vị tính: "vụ".</param>
/// <param name="Owner">The id of the unit that owns it; null when every reporting unit counts its own share.</param>
public sealed record FigureOwner(string Id, string Name, string? Measure, string? Owner) : ModelNode;
