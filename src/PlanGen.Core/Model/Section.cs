namespace PlanGen.Core.Model;

/// <summary>
/// A titled or numbered piece of the body — a part (mục), clause (khoản) or point (điểm); which one
/// depends on where the template places it, and the layout numbers it. Rendered in this order:
/// paragraphs, bullets, numbered items, sub-clauses, assignment and timeline, then the closing
/// paragraphs.
/// </summary>
/// <param name="Title">Its heading; when absent the first paragraph runs on after the number.</param>
/// <param name="Paragraphs">Paragraphs of running text.</param>
/// <param name="Bullets">"-" items with "+" sub-items.</param>
/// <param name="Items">Numbered children (clauses under a part, points under a clause).</param>
/// <param name="Assignment">Phân công thực hiện, for content items.</param>
/// <param name="Timeline">Thời gian thực hiện, for content items.</param>
/// <param name="ParentTask">The id of the parent plan's task it takes up, e.g. "III.2.1".</param>
/// <param name="After">Paragraphs after the numbered items.</param>
public sealed record Section(
    string? Title,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<Bullet> Bullets,
    IReadOnlyList<Section> Items,
    Assignment? Assignment,
    Timeline? Timeline,
    string? ParentTask,
    IReadOnlyList<string> After) : ModelNode
{
    /// <summary>How its heading is printed when it is a part; null: as the plan says.</summary>
    public HeadingCase? HeadingCase { get; init; }

    /// <summary>What the part or clause is ("Mục đích" …), for its default heading; null for a free one.</summary>
    public PartKind? Kind { get; init; }

    /// <summary>Sub-clauses numbered from this clause: 1.1., 1.2. under 1., and 1.1.1. under 1.1.</summary>
    public IReadOnlyList<Section> Clauses { get; init; } = [];
}
