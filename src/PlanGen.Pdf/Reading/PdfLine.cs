namespace PlanGen.Pdf.Reading;

/// <summary>Words that share a baseline, left to right.</summary>
/// <param name="Page">Page number, from 1.</param>
/// <param name="Number">Line number on the page, from 1, counting every baseline top to bottom.</param>
/// <param name="Words">The words, left to right.</param>
internal sealed record PdfLine(int Page, int Number, IReadOnlyList<PdfWord> Words)
{
    public double Left => Words[0].Left;

    public double Right => Words[^1].Right;

    public double Baseline => Words[0].Baseline;

    public double Top => Words.Min(w => w.Top);

    public double Centre => (Left + Right) / 2;

    /// <summary>The most common font size of the line.</summary>
    public double Size => Words.GroupBy(w => Math.Round(w.Size)).MaxBy(g => g.Sum(w => w.Text.Length))!.Key;

    public string Text => string.Concat(Words.Select((w, i) => i == 0 || w.Joined ? w.Text : " " + w.Text));
}
