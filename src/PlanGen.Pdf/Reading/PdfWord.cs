namespace PlanGen.Pdf.Reading;

/// <summary>
/// A word of a page's text layer, in points measured from the page's top-left corner (PDF
/// measures from the bottom; reading order runs down), with the emphasis its font's name shows.
/// </summary>
internal sealed record PdfWord(string Text, double Left, double Right, double Top, double Baseline, double Size, bool Bold, bool Italic)
{
    /// <summary>True for a piece of a word whose emphasis changes inside it: no space before it.</summary>
    public bool Joined { get; init; }

    /// <summary>True for a small raised number beside a larger word: a footnote's mark, in the body or before its note.</summary>
    public bool IsMark { get; init; }

    /// <summary>The note this mark refers to, found at the foot of its page; null for any other word.</summary>
    public Core.Document.Footnote? Note { get; init; }

    /// <summary>Horizontal centre.</summary>
    public double Centre => (Left + Right) / 2;
}
