namespace PlanGen.Core.Document;

/// <summary>The task table of an appendix: columns, then groups, and tasks outside any group.</summary>
/// <param name="Columns">The columns; the first is the number (STT).</param>
/// <param name="Groups">Groups of tasks.</param>
/// <param name="Tasks">Tasks before or without any group.</param>
public sealed record TaskTable(IReadOnlyList<TableColumn> Columns, IReadOnlyList<TaskGroup> Groups, IReadOnlyList<TaskRow> Tasks);
