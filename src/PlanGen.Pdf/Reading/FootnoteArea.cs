using System.Globalization;
using PlanGen.Core.Document;

namespace PlanGen.Pdf.Reading;

/// <summary>
/// A page's footnotes, as Word and LibreOffice print them: in the body a small raised number right
/// after the word it annotates, and at the foot of the page, in a smaller size than the body, each
/// note starting with the same raised number. The notes' lines are taken off the page and each
/// reference carries its note, so the document reads as a DOCX with footnotes does. A raised
/// number with no note of that number on its page (an exponent, a note continued elsewhere) stays
/// text.
/// </summary>
internal static class FootnoteArea
{
    /// <summary>A mark is at most this share of the size of the word it stands beside.</summary>
    private const double MarkSizeRatio = 0.8;

    /// <summary>
    /// The words with every raised number beside a larger word marked (<see cref="PdfWord.IsMark"/>)
    /// and set on that word's baseline, so it is read in the line it belongs to, not as a line of its own.
    /// </summary>
    public static List<PdfWord> WithMarks(List<PdfWord> words)
    {
        var result = new List<PdfWord>(words);
        for (var i = 0; i < result.Count; i++)
        {
            var mark = result[i];
            if (!IsNumber(mark.Text)) continue;
            // The word it is printed against: after the word it annotates, or before the note's first word.
            var carrier = words.Find(w => !ReferenceEquals(w, mark) && mark.Size <= w.Size * MarkSizeRatio
                && mark.Baseline < w.Baseline - (0.15 * w.Size) && mark.Baseline > w.Baseline - w.Size
                && (Math.Abs(mark.Left - w.Right) < w.Size / 4 || (mark.Right <= w.Left && w.Left - mark.Right < w.Size)));
            if (carrier is not null) result[i] = mark with { Baseline = carrier.Baseline, IsMark = true };
        }
        return result;
    }

    /// <summary>
    /// Takes the notes off the foot of the page (<paramref name="items"/> sorted top to bottom) and
    /// hands each to the reference of its number on the page; the items are changed in place.
    /// </summary>
    public static void Attach(List<PageItem> items)
    {
        var lines = items.OfType<LineItem>().Select(i => i.Line).ToList();
        if (lines.Count == 0 || !lines.Any(l => l.Words.Any(w => w.IsMark))) return;
        var body = lines.GroupBy(l => l.Size).MaxBy(g => g.Sum(l => l.Text.Length))!.Key;
        // The foot: the smaller lines after the last item of the body, from the first that starts with a mark.
        var foot = items.Count;
        while (foot > 0 && items[foot - 1] is LineItem { Line: var small } && small.Size < body - 0.5) foot--;
        while (foot < items.Count && !((LineItem)items[foot]).Line.Words[0].IsMark) foot++;
        if (foot == items.Count) return;
        var notes = new Dictionary<int, List<PdfLine>>();
        var number = 0;
        foreach (var line in items.Skip(foot).Cast<LineItem>().Select(i => i.Line))
        {
            if (line.Words[0].IsMark)
            {
                number = Number(line.Words[0].Text);
                if (notes.ContainsKey(number)) return;
                notes[number] = [];
                if (line.Words.Count == 1) continue;
                notes[number].Add(line with { Words = [.. line.Words.Skip(1)] });
            }
            else
            {
                notes[number].Add(line);
            }
        }
        var found = new HashSet<int>();
        for (var i = 0; i < foot; i++)
        {
            if (items[i] is LineItem { Line: var line } item && line.Words.Any(w => w.IsMark && notes.ContainsKey(Number(w.Text))))
            {
                items[i] = item with
                {
                    Line = line with
                    {
                        Words = [.. line.Words.Select(w => w.IsMark && notes.TryGetValue(Number(w.Text), out var note) && found.Add(Number(w.Text)) && note.Count > 0
                            ? w with { Note = new Footnote(InlineRuns.Of(note)) }
                            : w)],
                    },
                };
            }
        }
        // Notes no reference on the page points to are left where they stand, as text.
        if (found.Count == notes.Count) items.RemoveRange(foot, items.Count - foot);
    }

    private static bool IsNumber(string text) => text.Length is > 0 and <= 3 && text.All(char.IsAsciiDigit);

    private static int Number(string text) => int.Parse(text, CultureInfo.InvariantCulture);
}
