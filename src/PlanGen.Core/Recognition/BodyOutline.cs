namespace PlanGen.Core.Recognition;

/// <summary>
/// The body's Decree 30 structure: what stands before the first part (the bases, a công văn's
/// numbered items), the parts and divisions with their clauses, points and items, and what stands
/// after the last part's text (the closing sentence "Trên đây là …" and anything after it).
/// </summary>
public sealed class BodyOutline
{
    internal BodyOutline(IReadOnlyList<BodyLine> lines, IReadOnlyList<OutlineSection> before, IReadOnlyList<OutlineSection> parts, IReadOnlyList<OutlineSection> after, int end)
    {
        Lines = lines;
        Before = before;
        Parts = parts;
        After = after;
        End = end;
    }

    /// <summary>The lines read.</summary>
    public IReadOnlyList<BodyLine> Lines { get; }

    /// <summary>What stands before the first part, in order: running text, or the numbered items of a body without parts when read so.</summary>
    public IReadOnlyList<OutlineSection> Before { get; }

    /// <summary>The parts and divisions in the document's order.</summary>
    public IReadOnlyList<OutlineSection> Parts { get; }

    /// <summary>The lines after the parts, each as text: the closing sentence and what follows it.</summary>
    public IReadOnlyList<OutlineSection> After { get; }

    /// <summary>The index of the line the parts end before: the closing sentence, a signing line, a table, or the count of lines.</summary>
    public int End { get; }

    /// <summary>Every section in the document's order.</summary>
    public IEnumerable<OutlineSection> Sections => Before.Concat(Parts).SelectMany(s => s.All).OrderBy(s => s.At).Concat(After);
}
