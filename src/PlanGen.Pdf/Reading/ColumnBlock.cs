namespace PlanGen.Pdf.Reading;

/// <summary>
/// Two columns of lines side by side with no borders, such as the header block at the top of page 1
/// (issuing body and number on the left, national title and date on the right) or the recipients
/// beside the signature. Found from lines with a wide gap in them; lines above and below that stand
/// wholly on one side, aligned with that side, belong to the block too.
/// </summary>
internal sealed record ColumnBlock(IReadOnlyList<PdfLine> Left, IReadOnlyList<PdfLine> Right, IReadOnlyList<PdfLine> Source)
{
    /// <summary>A gap this many times wider than the line's usual gap separates two columns, not two words.</summary>
    private const double ColumnGap = 3;

    /// <summary>Lines further apart than this many times the font size end a block.</summary>
    private const double MaxLineGap = 4.5;

    /// <summary>
    /// A line joins a block by its alignment with the block's nearest lines, at most this many: a
    /// header block has a dozen, and a page of thousands of lines is then still read in linear time.
    /// </summary>
    private const int AlignmentLines = 64;

    public double Top => Source[0].Top;

    /// <summary>The blocks among a page's lines (top to bottom); each line belongs to at most one.</summary>
    public static List<ColumnBlock> Find(IReadOnlyList<PdfLine> lines)
    {
        var blocks = new List<ColumnBlock>();
        var previousEnd = -1;
        var i = 0;
        while (i < lines.Count)
        {
            if (SplitAt(lines[i]) is not { } gap)
            {
                i++;
                continue;
            }
            var first = i;
            var last = i;
            // Where each member line parts: its own gap for a split line, beyond its edge for a one-sided line.
            var at = new List<double> { gap.At };
            // The columns' gap narrows to what every split line leaves free: a long recipient line
            // reaches past a short line's gap but not into the signature's column.
            var channel = gap;
            while (last + 1 < lines.Count && Near(lines[last], lines[last + 1]))
            {
                var next = lines[last + 1];
                if (SplitAt(next) is { } nextGap && channel.Overlap(nextGap) is { } narrower)
                {
                    channel = narrower;
                    at.Add(nextGap.At);
                }
                else if (OneSided(next, lines, first, at, channel, above: false) is { } side)
                {
                    at.Add(side);
                }
                else
                {
                    break;
                }
                last++;
            }
            while (first - 1 > previousEnd
                && Near(lines[first - 1], lines[first]) && SplitAt(lines[first - 1]) is null
                && !SetApart(lines, first, last)
                && OneSided(lines[first - 1], lines, first, at, channel, above: true) is { } side)
            {
                at.Insert(0, side);
                first--;
            }
            var members = lines.Skip(first).Take(last - first + 1).ToList();
            blocks.Add(new ColumnBlock(
                [.. members.Select((l, k) => Part(l, w => w.Centre < at[k])).OfType<PdfLine>()],
                [.. members.Select((l, k) => Part(l, w => w.Centre >= at[k])).OfType<PdfLine>()],
                members));
            previousEnd = last;
            i = last + 1;
        }
        return blocks;
    }

    /// <summary>The free band between two columns, from the left column's right edge to the right column's left edge.</summary>
    private readonly record struct Gap(double From, double To)
    {
        public double At => (From + To) / 2;

        public Gap? Overlap(Gap other)
        {
            var from = Math.Max(From, other.From);
            var to = Math.Min(To, other.To);
            return from < to ? new Gap(from, to) : null;
        }
    }

    /// <summary>
    /// The line's widest gap, when that gap parts two columns: wider than the font size and several
    /// times the line's other gaps (justified text stretches every gap alike, so a lone wide gap is a
    /// column's edge).
    /// </summary>
    private static Gap? SplitAt(PdfLine line)
    {
        var gaps = new List<Gap>();
        for (var i = 1; i < line.Words.Count; i++)
        {
            if (!line.Words[i].Joined) gaps.Add(new Gap(line.Words[i - 1].Right, line.Words[i].Left));
        }
        if (gaps.Count == 0) return null;
        var widest = gaps.MaxBy(g => g.To - g.From);
        var others = gaps.Where(g => g != widest).Select(g => g.To - g.From).Order().ToList();
        var usual = others.Count == 0 ? line.Size : others[others.Count / 2];
        return widest.To - widest.From > Math.Max(line.Size, ColumnGap * usual) ? widest : null;
    }

    /// <summary>
    /// True when the line above the block stands further from it than the block's lines from each
    /// other: the end of a paragraph before the recipients and the signature, not a line of theirs.
    /// </summary>
    private static bool SetApart(IReadOnlyList<PdfLine> lines, int first, int last)
    {
        if (first == last) return false;
        var above = lines[first].Baseline - lines[first - 1].Baseline;
        var within = lines[first + 1].Baseline - lines[first].Baseline;
        return above > within + lines[first].Size / 2;
    }

    private static bool Near(PdfLine upper, PdfLine lower) =>
        upper.Page == lower.Page && lower.Baseline - upper.Baseline < MaxLineGap * Math.Max(upper.Size, lower.Size);

    /// <summary>
    /// For a line wholly on one side of the columns' gap and aligned (left edge or centre) with that
    /// side's parts of the block's lines nearest to it (those at the top when it stands
    /// <paramref name="above"/> the block): an x beyond its edge, so that all its words fall on that side.
    /// </summary>
    private static double? OneSided(PdfLine line, IReadOnlyList<PdfLine> lines, int first, List<double> at, Gap channel, bool above)
    {
        var onLeft = line.Right < channel.To;
        if (!onLeft && line.Left <= channel.From) return null;
        var count = at.Count;
        var (from, to) = above ? (0, Math.Min(count, AlignmentLines) - 1) : (Math.Max(0, count - AlignmentLines), count - 1);
        var parts = Enumerable.Range(from, to - from + 1)
            .Select(k => Part(lines[first + k], w => onLeft ? w.Centre < at[k] : w.Centre >= at[k])).OfType<PdfLine>().ToList();
        if (parts.Count == 0) return null;
        // A side is centred when its parts share a centre but not a left edge; then only the centre counts.
        var tolerance = line.Size / 2;
        var centred = parts.Count > 1 && Spread(parts.Select(p => p.Centre)) < tolerance && Spread(parts.Select(p => p.Left)) > tolerance;
        var leftAligned = parts.Count > 1 && Spread(parts.Select(p => p.Left)) < tolerance && Spread(parts.Select(p => p.Centre)) > tolerance;
        var aligned = parts.Exists(p => (!centred && Math.Abs(p.Left - line.Left) < tolerance) || (!leftAligned && Math.Abs(p.Centre - line.Centre) < tolerance));
        return !aligned ? null : onLeft ? double.PositiveInfinity : double.NegativeInfinity;
    }

    private static double Spread(IEnumerable<double> values)
    {
        var list = values.ToList();
        return list.Max() - list.Min();
    }

    private static PdfLine? Part(PdfLine line, Func<PdfWord, bool> side)
    {
        var words = line.Words.Where(side).ToList();
        return words.Count == 0 ? null : line with { Words = words };
    }
}
