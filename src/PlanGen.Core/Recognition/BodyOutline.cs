namespace PlanGen.Core.Recognition;

/// <summary>
/// The body's Decree 30 structure: what stands before the first part (the bases, the opening
/// paragraphs, a công văn's numbered items when read so), the parts and divisions with their clauses, points and items, and what stands
/// after the last part's text (the closing sentence "Trên đây là …" and anything after it).
/// </summary>
public sealed class BodyOutline
{
    internal BodyOutline(IReadOnlyList<BodyLine> lines, IReadOnlyList<OutlineSection> before, IReadOnlyList<OutlineSection> items, IReadOnlyList<OutlineSection> parts, IReadOnlyList<OutlineSection> after, int end)
    {
        Lines = lines;
        Before = before;
        Items = items;
        Parts = parts;
        After = after;
        End = end;
    }

    /// <summary>The lines read.</summary>
    public IReadOnlyList<BodyLine> Lines { get; }

    /// <summary>What stands before the first part (or the first item, when read so), in order, as running text.</summary>
    public IReadOnlyList<OutlineSection> Before { get; }

    /// <summary>
    /// The numbered items "1.", "2." before the first part of a body read as a Công văn's, Thông báo's
    /// or Tờ trình's, with what stands under them; empty in a body read as a plan's.
    /// </summary>
    public IReadOnlyList<OutlineSection> Items { get; }

    /// <summary>The parts and divisions in the document's order.</summary>
    public IReadOnlyList<OutlineSection> Parts { get; }

    /// <summary>The lines after the parts, each as text: the closing sentence and what follows it.</summary>
    public IReadOnlyList<OutlineSection> After { get; }

    /// <summary>The index of the line the parts end before: the closing sentence, a signing line, a table, or the count of lines.</summary>
    public int End { get; }

    /// <summary>Every section in the document's order.</summary>
    public IEnumerable<OutlineSection> Sections => Before.Concat(Items).Concat(Parts).SelectMany(s => s.All).OrderBy(s => s.At).Concat(After);
}
