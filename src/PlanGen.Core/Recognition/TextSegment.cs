using System.Text.RegularExpressions;
using PlanGen.Core.Document;

namespace PlanGen.Core.Recognition;

/// <summary>
/// A piece of a paragraph between tabs: a header laid out as "UBND TỈNH\tCỘNG HÒA …" holds two
/// header items in one paragraph, and each is judged by its own runs. A header copied from the web
/// puts its two boxes on one line with spaces between; such a piece is cut again where the next
/// box starts (<see cref="HeaderBoxes"/>), each part with the runs under its own letters.
/// </summary>
/// <param name="Paragraph">The paragraph it belongs to.</param>
/// <param name="Text">Its text, trimmed.</param>
/// <param name="Runs">The effective formats of the runs that carry its text.</param>
public sealed partial record TextSegment(Paragraph Paragraph, string Text, IReadOnlyList<RunFormat> Runs)
{
    /// <summary>The segments of a paragraph; a paragraph without tabs is one segment.</summary>
    public static IReadOnlyList<TextSegment> Of(Paragraph paragraph) => Of(paragraph, apartBoxes: false);

    /// <summary>
    /// The segments of a paragraph; with <paramref name="apartBoxes"/>, a segment that holds
    /// several header boxes side by side is read as one segment for each.
    /// </summary>
    internal static IReadOnlyList<TextSegment> Of(Paragraph paragraph, bool apartBoxes)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var formats = paragraph.Format?.Runs ?? [];
        var segments = new List<TextSegment>();
        // Each character of the segment being read with the index of the run it came from.
        var text = new System.Text.StringBuilder();
        var owners = new List<int>();
        for (var i = 0; i < paragraph.Runs.Count; i++)
        {
            var run = paragraph.Runs[i];
            var pieces = run.IsBreak ? ["\n"] : run.Text.Split('\t');
            for (var p = 0; p < pieces.Length; p++)
            {
                if (p > 0) Close(paragraph, formats, text, owners, segments, apartBoxes);
                text.Append(pieces[p]);
                owners.AddRange(Enumerable.Repeat(i, pieces[p].Length));
            }
        }

        Close(paragraph, formats, text, owners, segments, apartBoxes);
        return segments;
    }

    private static void Close(Paragraph paragraph, IReadOnlyList<RunFormat> formats, System.Text.StringBuilder text, List<int> owners, List<TextSegment> segments, bool apartBoxes)
    {
        var whole = text.ToString();
        var boxes = apartBoxes ? HeaderBoxes.Apart(whole) : null;
        if (boxes is null)
        {
            if (Slice(paragraph, formats, whole, owners, 0, whole.Length) is { } segment) segments.Add(segment);
        }
        else
        {
            var from = 0;
            foreach (var box in boxes)
            {
                // Each box is found again in the text as typed, whatever spaces stand between its words.
                var found = new Regex(string.Join(@"\s+", box.Split(' ').Select(Regex.Escape)), RegexOptions.CultureInvariant).Match(whole, from);
                if (!found.Success) break;
                if (Slice(paragraph, formats, whole, owners, found.Index, found.Index + found.Length) is { } segment) segments.Add(segment);
                from = found.Index + found.Length;
            }
        }

        text.Clear();
        owners.Clear();
    }

    // The segment of text[start..end], with the formats of the runs that carry its letters, each once, in order.
    private static TextSegment? Slice(Paragraph paragraph, IReadOnlyList<RunFormat> formats, string text, List<int> owners, int start, int end)
    {
        var trimmed = text[start..end].Trim();
        if (trimmed.Length == 0) return null;
        var runs = new List<RunFormat>();
        var last = -1;
        for (var c = start; c < end; c++)
        {
            if (char.IsWhiteSpace(text[c]) || owners[c] == last) continue;
            last = owners[c];
            if (last < formats.Count) runs.Add(formats[last]);
        }
        return new TextSegment(paragraph, trimmed, runs);
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
