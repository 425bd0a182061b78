
namespace PlanGen.Core.Document;

/// <summary>
/// A task row of an appendix table, numbered <c>1</c>, <c>2</c> or <c>7.1</c> for a sub-task. A plan's
/// task table has the five named cells; a table with columns of its own (a coverage report) builds
/// its rows with <see cref="OfCells"/>.
/// </summary>
/// <param name="Number">The printed number (no full stop, as in the plans).</param>
/// <param name="Content">Nội dung công tác.</param>
/// <param name="Timeline">Thời gian thực hiện.</param>
/// <param name="Lead">Đơn vị chủ trì.</param>
/// <param name="Support">Đơn vị phối hợp.</param>
/// <param name="Note">Ghi chú.</param>
/// <param name="SubTasks">Sub-tasks, printed right after this row.</param>
public sealed record TaskRow(
    string Number,
    IReadOnlyList<InlineRun> Content,
    IReadOnlyList<InlineRun> Timeline,
    IReadOnlyList<InlineRun> Lead,
    IReadOnlyList<InlineRun> Support,
    IReadOnlyList<InlineRun> Note,
    IReadOnlyList<TaskRow> SubTasks)
{
    /// <summary>The cells after the number column, in column order: the five named ones, or those given to <see cref="OfCells"/>.</summary>
    public IReadOnlyList<IReadOnlyList<InlineRun>> Cells => OwnCells ?? [Content, Timeline, Lead, Support, Note];

    private IReadOnlyList<IReadOnlyList<InlineRun>>? OwnCells { get; init; }

    /// <summary>
    /// A row of a table whose columns are not the plan's five: <paramref name="cells"/> in column
    /// order after the number, as many as the table has columns after STT. The named cells stay empty.
    /// </summary>
    /// <param name="number">The printed number.</param>
    /// <param name="cells">The cells after the number column.</param>
    /// <param name="subTasks">Rows printed right after this one.</param>
    public static TaskRow OfCells(string number, IReadOnlyList<IReadOnlyList<InlineRun>> cells, IReadOnlyList<TaskRow>? subTasks = null) =>
        new(number, [], [], [], [], [], subTasks ?? []) { OwnCells = cells };
}
