namespace PlanGen.Core.Document;

/// <summary>A cell of a table row: its paragraphs (and nested tables), and how many columns it covers.</summary>
/// <param name="Blocks">The content; a template's cell is one paragraph, with line breaks.</param>
/// <param name="Span">How many columns the cell covers, at least 1.</param>
public sealed record TableCell(IReadOnlyList<Block> Blocks, int Span = 1)
{
    /// <summary>A cell of one paragraph: the text with emphasis and line breaks.</summary>
    public TableCell(IReadOnlyList<InlineRun> runs, int span = 1)
        : this([new Paragraph(ParagraphKind.Body, runs)], span)
    {
    }

    /// <summary>True when the cell continues a vertically merged cell above it (its content is the one above).</summary>
    public bool ContinuesAbove { get; init; }

    /// <summary>The cell's paragraphs, those of nested tables included, in reading order.</summary>
    public IEnumerable<Paragraph> Paragraphs => DocumentWalk.Paragraphs(Blocks);

    /// <summary>The cell's text: its paragraphs' texts joined with <c>\n</c>.</summary>
    public string Text => string.Join('\n', Paragraphs.Select(p => p.Text));
}
