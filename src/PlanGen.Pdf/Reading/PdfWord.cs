namespace PlanGen.Pdf.Reading;

/// <summary>
/// A word of a page's text layer, in points measured from the page's top-left corner (PDF
/// measures from the bottom; reading order runs down), with the emphasis its font's name shows.
/// </summary>
internal sealed record PdfWord(string Text, double Left, double Right, double Top, double Baseline, double Size, bool Bold, bool Italic)
{
    /// <summary>True for a piece of a word whose emphasis changes inside it: no space before it.</summary>
    public bool Joined { get; init; }

    /// <summary>Horizontal centre.</summary>
    public double Centre => (Left + Right) / 2;
}
