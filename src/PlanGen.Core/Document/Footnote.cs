namespace PlanGen.Core.Document;

/// <summary>
/// Chú thích — a footnote: its text, printed at the foot of the page under the number its
/// reference gets. The number is not stored: the writer numbers the notes in reading order, as
/// Word does, so moving a sentence renumbers them.
/// </summary>
/// <param name="Runs">The note's text with emphasis.</param>
public sealed record Footnote(IReadOnlyList<InlineRun> Runs)
{
    /// <summary>The note's first paragraph's effective formatting when read from a file; null in a tree a template made.</summary>
    public ParagraphFormat? Format { get; init; }

    /// <summary>The note's text, breaks as <c>\n</c>.</summary>
    public string Text => InlineRun.PlainText(Runs);
}
