using PlanGen.Core.Model;

namespace PlanGen.Core.Import;

/// <summary>A section being filled line by line; <see cref="Build"/> makes the model's record.</summary>
internal sealed class SectionBuilder(string? title)
{
    public string? Title { get; set; } = title;
    public List<string> Paragraphs { get; } = [];
    public List<(string Text, List<string> Items)> Bullets { get; } = [];
    public List<SectionBuilder> Items { get; } = [];
    public List<SectionBuilder> Clauses { get; } = [];
    public PartKind? Kind { get; set; }
    public HeadingCase? HeadingCase { get; set; }
    public List<string> After { get; } = [];
    public string? AssignmentText { get; set; }
    public List<string> AssignmentItems { get; } = [];
    public bool HasAssignment { get; set; }
    public string? Timeline { get; set; }

    /// <summary>Running text goes before the lists while there are none, after them once there are.</summary>
    public void AddText(string text)
    {
        if (Items.Count > 0 || Clauses.Count > 0 || Bullets.Count > 0 || HasAssignment || Timeline is not null) After.Add(text);
        else Paragraphs.Add(text);
    }

    public bool IsEmpty => Title is null && Paragraphs.Count == 0 && Bullets.Count == 0 && Items.Count == 0 && Clauses.Count == 0 && After.Count == 0 && !HasAssignment && Timeline is null;

    public Section Build() => new(
        Title,
        [.. Paragraphs],
        [.. Bullets.Select(b => new Bullet(b.Text, [.. b.Items]))],
        [.. Items.Select(i => i.Build())],
        HasAssignment ? new Assignment(AssignmentText, Lead(AssignmentText), [], [.. AssignmentItems.Select(i => new Assignment(i, Lead(i), [], []))]) : null,
        Timeline is null ? null : new Timeline(Timeline),
        null,
        [.. After])
    {
        Kind = Kind,
        HeadingCase = HeadingCase,
        Clauses = [.. Clauses.Select(c => c.Build())],
    };

    // "Phòng X chủ trì thực hiện" names its lead unit before "chủ trì"; after a colon when the item is titled.
    private static List<UnitName> Lead(string? text)
    {
        if (text is null) return [];
        var at = text.IndexOf(" chủ trì", StringComparison.Ordinal);
        if (at <= 0) return [];
        var start = text.LastIndexOf(": ", at, StringComparison.Ordinal);
        var name = text[(start < 0 ? 0 : start + 2)..at].Trim();
        return name.Length is > 0 and < 120 ? [new UnitName(name)] : [];
    }
}
