namespace PlanGen.Core.Layout;

/// <summary>A task row of an appendix table, numbered <c>1</c>, <c>2</c> or <c>7.1</c> for a sub-task.</summary>
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
    /// <summary>The cells after the number column, in column order.</summary>
    public IReadOnlyList<IReadOnlyList<InlineRun>> Cells => [Content, Timeline, Lead, Support, Note];
}
