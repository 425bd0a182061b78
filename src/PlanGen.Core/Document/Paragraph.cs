namespace PlanGen.Core.Document;

/// <summary>
/// A paragraph of inline runs. In a tree a template made, numbers and list marks are already part of
/// the runs; a paragraph read from a document also carries what the reader knows of it (its place,
/// effective formatting, Word's list label, fields, a drawn line), which the writer ignores.
/// </summary>
/// <param name="Kind">What the paragraph is for.</param>
/// <param name="Runs">The text with emphasis.</param>
public sealed record Paragraph(ParagraphKind Kind, IReadOnlyList<InlineRun> Runs) : Block
{
    /// <summary>Effective formatting (style chain and direct formatting resolved), or null where unknown.</summary>
    public ParagraphFormat? Format { get; init; }

    /// <summary>The label Word's numbering prints before the text (<c>1.</c>, <c>a)</c>, <c>-</c>), or null.</summary>
    public string? ListLabel { get; init; }

    /// <summary>Fields the paragraph holds, by their instruction's first word in upper case (<c>PAGE</c>, <c>NUMPAGES</c>).</summary>
    public IReadOnlyList<string> Fields { get; init; } = [];

    /// <summary>True when the paragraph anchors a drawn line (a line shape or connector), as Word draws lines under header items.</summary>
    public bool DrawsLine { get; init; }

    /// <summary>The paragraph's text, breaks as <c>\n</c>, without the list label.</summary>
    public string Text => InlineRun.PlainText(Runs);

    /// <summary>A body paragraph of plain text, as a template writes a fixed line.</summary>
    public static Paragraph Of(string text) => new(ParagraphKind.Body, [new InlineRun(text)]);
}
