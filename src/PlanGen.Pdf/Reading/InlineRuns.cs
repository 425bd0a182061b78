using PlanGen.Core.Document;
using PlanGen.Core.Document.Reading;

namespace PlanGen.Pdf.Reading;

/// <summary>Lines of words → inline runs (adjacent words of one emphasis merged) and their formatting.</summary>
internal static class InlineRuns
{
    public static List<InlineRun> Of(IEnumerable<PdfLine> lines)
    {
        var runs = new List<InlineRun>();
        foreach (var word in lines.SelectMany(l => l.Words))
        {
            var space = runs.Count > 0 && !word.Joined ? " " : "";
            if (runs.Count > 0 && runs[^1].Bold == word.Bold && runs[^1].Italic == word.Italic)
            {
                runs[^1] = runs[^1] with { Text = runs[^1].Text + space + word.Text };
            }
            else
            {
                if (runs.Count > 0) runs[^1] = runs[^1] with { Text = runs[^1].Text + space };
                runs.Add(new InlineRun(word.Text, word.Bold, word.Italic));
            }
        }
        return runs;
    }

    /// <summary>One run format per run of <see cref="Of"/>, with the size of its first word.</summary>
    public static List<RunFormat> Formats(IEnumerable<PdfLine> lines, IReadOnlyList<InlineRun> runs)
    {
        var formats = new List<RunFormat>();
        var words = lines.SelectMany(l => l.Words).ToList();
        var index = 0;
        foreach (var run in runs)
        {
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
