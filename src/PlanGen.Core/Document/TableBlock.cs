namespace PlanGen.Core.Document;

/// <summary>
/// A task table in the body itself rather than in an appendix: for a document that is mostly a
/// table, such as a coverage report on landscape pages.
/// </summary>
/// <param name="Table">The table, written as an appendix table is.</param>
public sealed record TableBlock(TaskTable Table) : Block;
