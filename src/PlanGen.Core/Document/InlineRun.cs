namespace PlanGen.Core.Document;

/// <summary>
/// One piece of inline text with its emphasis, or a line break. Templates emit <c>&lt;b&gt;</c>,
/// <c>&lt;i&gt;</c> and <c>&lt;br/&gt;</c>; the parser flattens them into runs so the writer never
/// has to track nesting.
/// </summary>
/// <param name="Text">The text; empty for a line break.</param>
/// <param name="Bold">Bold, on top of what the paragraph's style gives.</param>
/// <param name="Italic">Italic, on top of what the paragraph's style gives.</param>
/// <param name="IsBreak">True for a line break inside the paragraph.</param>
public sealed record InlineRun(string Text, bool Bold = false, bool Italic = false, bool IsBreak = false)
{
    /// <summary>A line break.</summary>
    public static InlineRun Break { get; } = new(string.Empty, IsBreak: true);

    /// <summary>The footnote this run refers to (its text empty), or null for text and breaks.</summary>
    public Footnote? Footnote { get; init; }

    /// <summary>A footnote's reference: the number printed in the text, the note at the foot of the page.</summary>
    public static InlineRun Note(Footnote note) => new(string.Empty) { Footnote = note };

    /// <summary>Plain text of a list of runs, breaks as <c>\n</c>; a footnote's reference adds nothing.</summary>
    public static string PlainText(IReadOnlyList<InlineRun> runs)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var run in runs)
        {
            builder.Append(run.IsBreak ? "\n" : run.Text);
        }

        return builder.ToString();
    }
}
