namespace PlanGen.Pdf.Reading;

/// <summary>
/// Groups words into lines by their baselines. Words whose baselines differ by less than a third
/// of their size sit on one line (superscripts and mixed sizes stay with their line).
/// </summary>
internal static class LineClustering
{
    /// <summary>The baselines of a set of words, clustered, top to bottom.</summary>
    public static List<double> Baselines(IEnumerable<PdfWord> words)
    {
        var baselines = new List<double>();
        foreach (var word in words.OrderBy(w => w.Baseline))
        {
            if (baselines.Count == 0 || word.Baseline - baselines[^1] > word.Size / 3)
            {
                baselines.Add(word.Baseline);
            }
        }
        return baselines;
    }

    /// <summary>Lines of words, top to bottom, each left to right; numbered by the page's baselines.</summary>
    public static List<PdfLine> Lines(int page, IEnumerable<PdfWord> words, IReadOnlyList<double> pageBaselines)
    {
        var lines = new List<List<PdfWord>>();
        foreach (var word in words.OrderBy(w => w.Baseline).ThenBy(w => w.Left))
        {
            if (lines.Count == 0 || word.Baseline - lines[^1][0].Baseline > word.Size / 3)
            {
                lines.Add([]);
            }
            lines[^1].Add(word);
        }
        return [.. lines.Select(l => new PdfLine(page, NumberOf(l[0].Baseline, pageBaselines), [.. l.OrderBy(w => w.Left)]))];
    }

    /// <summary>The line number (from 1) of the page baseline nearest to <paramref name="baseline"/>; the baselines are in ascending order.</summary>
    public static int NumberOf(double baseline, IReadOnlyList<double> pageBaselines)
    {
        // A binary search, as every line of a page asks: a scan would be quadratic in the page's lines.
        if (pageBaselines.Count == 0) return 1;
        int low = 0, high = pageBaselines.Count - 1;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (pageBaselines[middle] < baseline) low = middle + 1;
            else high = middle;
        }
        // low is the first baseline at or after this one; the one before may be nearer (the first of equals wins).
        var best = low > 0 && Math.Abs(pageBaselines[low - 1] - baseline) <= Math.Abs(pageBaselines[low] - baseline) ? low - 1 : low;
        return best + 1;
    }
}
