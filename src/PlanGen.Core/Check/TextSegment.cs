using PlanGen.Core.Document;

namespace PlanGen.Core.Check;

/// <summary>
/// A piece of a paragraph between tabs: a header laid out as "UBND TỈNH\tCỘNG HÒA …" holds two
/// header items in one paragraph, and each is judged by its own runs.
/// </summary>
/// <param name="Paragraph">The paragraph it belongs to.</param>
/// <param name="Text">Its text, trimmed.</param>
/// <param name="Runs">The effective formats of the runs that carry its text.</param>
public sealed record TextSegment(Paragraph Paragraph, string Text, IReadOnlyList<RunFormat> Runs)
{
    /// <summary>The segments of a paragraph; a paragraph without tabs is one segment.</summary>
    public static IReadOnlyList<TextSegment> Of(Paragraph paragraph)
    {
        var formats = paragraph.Format?.Runs ?? [];
        var segments = new List<TextSegment>();
        var text = new System.Text.StringBuilder();
        var runs = new List<RunFormat>();
        for (var i = 0; i < paragraph.Runs.Count; i++)
        {
            var run = paragraph.Runs[i];
            var format = i < formats.Count ? formats[i] : null;
            var pieces = run.IsBreak ? ["\n"] : run.Text.Split('\t');
            for (var p = 0; p < pieces.Length; p++)
            {
                if (p > 0) Close(paragraph, text, runs, segments);
                text.Append(pieces[p]);
                if (format is not null && pieces[p].Trim().Length > 0) runs.Add(format);
            }
        }

        Close(paragraph, text, runs, segments);
        return segments;
    }

    private static void Close(Paragraph paragraph, System.Text.StringBuilder text, List<RunFormat> runs, List<TextSegment> segments)
    {
        var trimmed = text.ToString().Trim();
        if (trimmed.Length > 0) segments.Add(new TextSegment(paragraph, trimmed, [.. runs]));
        text.Clear();
        runs.Clear();
    }

    /// <summary>True when every run is bold.</summary>
    public bool Bold => Runs.Count > 0 && Runs.All(r => r.Bold);

    /// <summary>True when every run is italic.</summary>
    public bool Italic => Runs.Count > 0 && Runs.All(r => r.Italic);

    /// <summary>True when some run is italic.</summary>
    public bool AnyItalic => Runs.Any(r => r.Italic);

    /// <summary>True when some run is bold.</summary>
    public bool AnyBold => Runs.Any(r => r.Bold);

    /// <summary>True when the letters print in upper case (typed so or shown in capitals).</summary>
    public bool UpperCase => Runs.Count > 0 && Runs.All(r => r.AllCaps) || Text.Where(char.IsLetter).All(char.IsUpper);

    /// <summary>The sizes of its runs that differ, for a message.</summary>
    public IReadOnlyList<double> Sizes => [.. Runs.Select(r => r.SizePt ?? 10).Distinct()];
}
