namespace PlanGen.Core.Model;

/// <summary>
/// A row of a report's figures: what is counted, in what unit, this period and the same period a
/// year before. plangen prints the change between them.
/// </summary>
/// <param name="Name">What is counted: "Số vụ tai nạn giao thông".</param>
/// <param name="Measure">Đơn vị tính: "vụ", "người", "phương tiện".</param>
/// <param name="ThisPeriod">The count this period; null while not yet entered.</param>
/// <param name="LastYear">The count of the same period last year; null when not known.</param>
public sealed record Figure(string Name, string? Measure, long? ThisPeriod, long? LastYear) : ModelNode
{
    /// <summary>Its id in units.yaml's figures, when it is one of them.</summary>
    public string? Id { get; init; }

    /// <summary>The unit that owns the figure (its id or name in units.yaml): whose count is taken when reports are put together.</summary>
    public string? Owner { get; init; }

    /// <summary>A note printed with the row.</summary>
    public string? Note { get; init; }
}
