namespace PlanGen.Core.Model;

/// <summary>
/// The plan a report reports on: a path to its YAML, DOCX, PDF or text (checked in full: task ids,
/// units, timelines), or its citation only, when the plan exists on paper alone.
/// </summary>
/// <param name="Path">The plan's file, relative to the report.</param>
/// <param name="Citation">Its citation; generated from the plan when the path is given.</param>
public sealed record ReportedPlan(string? Path, Citation? Citation) : ModelNode;
