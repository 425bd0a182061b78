namespace PlanGen.Core.Document.Reading;

/// <summary>
/// A paragraph as read: its text as inline runs with emphasis, the label Word's list engine
/// prints before it (numbering made by Word, not typed), and its effective formatting where the
/// reader knows it (DOCX).
/// </summary>
/// <param name="Location">Where it stands in the source file.</param>
/// <param name="Runs">The text with bold and italic; line breaks as break runs.</param>
public sealed record SourceParagraph(SourceLocation Location, IReadOnlyList<InlineRun> Runs) : SourceBlock(Location)
{
    /// <summary>The label Word's numbering prints before the text (<c>1.</c>, <c>a)</c>, <c>-</c>), or null.</summary>
    public string? ListLabel { get; init; }

    /// <summary>Effective formatting (style chain and direct formatting resolved), or null where unknown.</summary>
    public ParagraphFormat? Format { get; init; }

    /// <summary>Fields the paragraph holds, by their instruction's first word in upper case (<c>PAGE</c>, <c>NUMPAGES</c>).</summary>
    public IReadOnlyList<string> Fields { get; init; } = [];

    /// <summary>True when the paragraph anchors a drawn line (a line shape or connector), as Word draws lines under header items.</summary>
    public bool DrawsLine { get; init; }

    /// <summary>The paragraph's text, breaks as <c>\n</c>, without the list label.</summary>
    public string Text => InlineRun.PlainText(Runs);
}
