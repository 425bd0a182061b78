using System.Text;
using PlanGen.Core.Document;

namespace PlanGen.Pdf.Reading;

/// <summary>Lines of words → inline runs (adjacent words of one emphasis merged) and their formatting.</summary>
internal static class InlineRuns
{
    public static List<InlineRun> Of(IEnumerable<PdfLine> lines)
    {
        // Each run's text grows in a builder of its own: appending to a string would copy the run
        // at every word, quadratic in a paragraph of many words.
        var runs = new List<InlineRun>();
        var text = new StringBuilder();
        (bool Bold, bool Italic)? emphasis = null;
        var afterNote = false;
        foreach (var word in Words(lines))
        {
            if (word.Note is { } note)
            {
                // The reference stands against the word before it; its number is the note's, not the text's.
                if (emphasis is { } before) runs.Add(new InlineRun(text.ToString(), before.Bold, before.Italic));
                runs.Add(InlineRun.Note(note));
                text.Clear();
                emphasis = null;
                afterNote = true;
                continue;
            }
            if (afterNote && !word.Joined && !StartsWithClosingMark(word.Text)) text.Append(' ');
            afterNote = false;
            if (emphasis is { } current && (current.Bold != word.Bold || current.Italic != word.Italic))
            {
                runs.Add(new InlineRun(text.Append(word.Joined ? "" : " ").ToString(), current.Bold, current.Italic));
                text.Clear();
            }
            else if (emphasis is not null && !word.Joined)
            {
                text.Append(' ');
            }
            text.Append(word.Text);
            emphasis = (word.Bold, word.Italic);
        }
        if (emphasis is { } last)
        {
            runs.Add(new InlineRun(text.ToString(), last.Bold, last.Italic));
        }
        return runs;
    }

    // Punctuation that follows a word without a space, also after a footnote reference.
    private static bool StartsWithClosingMark(string text) => text.Length > 0 && ".,;:)!?".Contains(text[0], StringComparison.Ordinal);

    /// <summary>
    /// The lines' words in reading order. A line that breaks right after a hyphen inside a token
    /// (a document code "11/CTr-BCA-" / "BGDDT") goes on without a space: Vietnamese words are
    /// never hyphenated, so the hyphen belongs to the token and the break is the layout's.
    /// </summary>
    private static List<PdfWord> Words(IEnumerable<PdfLine> lines)
    {
        var words = new List<PdfWord>();
        foreach (var line in lines)
        {
            for (var i = 0; i < line.Words.Count; i++)
            {
                var word = line.Words[i];
                var afterHyphen = i == 0 && words.Count > 0 && words[^1].Text is { Length: > 1 } previous
                    && previous[^1] == '-' && char.IsLetterOrDigit(previous[^2]) && char.IsLetterOrDigit(word.Text[0]);
                words.Add(afterHyphen ? word with { Joined = true } : word);
            }
        }
        return words;
    }

    /// <summary>One run format per run of <see cref="Of"/>, with the size of its first word.</summary>
    public static List<RunFormat> Formats(IEnumerable<PdfLine> lines, IReadOnlyList<InlineRun> runs)
    {
        var formats = new List<RunFormat>();
        var words = Words(lines);
        var index = 0;
        foreach (var run in runs)
        {
            if (run.Footnote is not null)
            {
                // The reference's run is its mark alone.
                formats.Add(new RunFormat(null, null, false, false, false, false));
                while (index < words.Count && words[index].Note is null) index++;
                index++;
                continue;
            }
            var word = words[Math.Min(index, words.Count - 1)];
            formats.Add(new RunFormat(null, word.Size, run.Bold, run.Italic, false, false));
            // Advance past the words of this run (a word split by emphasis counts once per piece).
            var length = 0;
            while (index < words.Count && length < run.Text.TrimEnd().Length)
            {
                length += words[index].Text.Length + (length > 0 && !words[index].Joined ? 1 : 0);
                index++;
            }
        }
        return formats;
    }
}
