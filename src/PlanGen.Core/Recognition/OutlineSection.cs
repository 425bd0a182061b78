using PlanGen.Core.Document.Grammar;

namespace PlanGen.Core.Recognition;

/// <summary>What a line of the body is in the Decree 30 structure.</summary>
public enum SectionKind
{
    /// <summary>A part "I. MỤC ĐÍCH, YÊU CẦU", or Part I whose heading the page lost.</summary>
    Part,
    /// <summary>A division "Phần I" or "A. MỤC ĐÍCH" over parts numbered within it.</summary>
    Division,
    /// <summary>A clause "1.", "1.1.", "1.1.1."; under a division, also its Roman sections.</summary>
    Clause,
    /// <summary>A point "a)" … "đ)".</summary>
    Point,
    /// <summary>An item "- …".</summary>
    Dash,
    /// <summary>A sub-item "+ …" under the item above it.</summary>
    Plus,
    /// <summary>Running text.</summary>
    Text,
    /// <summary>A "(…)" line after a part's clauses, which closes the part ("(Nhiệm vụ cụ thể … có Phụ lục kèm theo)").</summary>
    PartNote,
}

/// <summary>
/// A piece of the body's structure: its kind, the label the grammar read, its text (a heading
/// joined when the page continued it on the next line), the lines it was read from and what is under it.
/// </summary>
public sealed class OutlineSection
{
    internal OutlineSection(SectionKind kind, int at, IReadOnlyList<BodyLine> lines, string text, NumberingLabel? label = null)
    {
        Kind = kind;
        At = at;
        Lines = lines;
        Text = text;
        Label = label;
        Printed = NumberingLabel.Parse(lines[0].Text)?.Label;
        Division = DivisionHeading.Parse(lines[0].Text);
    }

    public SectionKind Kind { get; }

    /// <summary>The index of its first line among the lines read.</summary>
    public int At { get; }

    /// <summary>The lines it was read from: the line with its label, then a heading's continuation.</summary>
    public IReadOnlyList<BodyLine> Lines { get; }

    /// <summary>
    /// A heading's title (without its label or the colon that ends it), a labeled line's text after
    /// its label, running text as written (with its emphasis); "" for Part I whose heading the page lost.
    /// </summary>
    public string Text { get; }

    /// <summary>The label that places it (a division's Roman section read as a clause, the clauses under it one level down); null for text and divisions.</summary>
    public NumberingLabel? Label { get; }

    /// <summary>The numbering label printed at its line's start, whatever the structure makes of it; null when there is none.</summary>
    public NumberingLabel? Printed { get; }

    /// <summary>The division heading printed at its line's start ("Phần II", "B."); null when there is none.</summary>
    public DivisionHeading? Division { get; }

    /// <summary>True for a heading (a part's, a division's) the page continued on the next line in capitals, joined into <see cref="Text"/>.</summary>
    public bool Continued => Lines.Count > 1;

    /// <summary>True for Part I whose heading the page lost: its clauses stand before the first part with a heading.</summary>
    public bool Untitled { get; internal init; }

    /// <summary>The section it stands under; null for a part, a division, and what stands before any part.</summary>
    public OutlineSection? Parent { get; internal set; }

    /// <summary>What stands under it, in the document's order.</summary>
    public IReadOnlyList<OutlineSection> Children => _children;

    private readonly List<OutlineSection> _children = [];

    internal void Add(OutlineSection child)
    {
        child.Parent = this;
        _children.Add(child);
    }

    /// <summary>It and everything under it, in the document's order.</summary>
    public IEnumerable<OutlineSection> All => [this, .. _children.SelectMany(c => c.All)];

    public override string ToString() => $"{Kind} {Label?.Format()} {Text}";
}
