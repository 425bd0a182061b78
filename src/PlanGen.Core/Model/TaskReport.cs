namespace PlanGen.Core.Model;

/// <summary>What a report says about one task of the plan it reports on.</summary>
/// <param name="TaskId">The plan's id of the task: "III.2.1".</param>
/// <param name="State">How far it has come; null while the unit has not said.</param>
/// <param name="Result">What was done, in paragraphs.</param>
/// <param name="Documents">The documents issued for it.</param>
public sealed record TaskReport(string TaskId, TaskState? State, IReadOnlyList<string> Result, IReadOnlyList<Citation> Documents) : ModelNode;
