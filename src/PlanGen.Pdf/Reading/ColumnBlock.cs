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
            if (SplitAt(lines[i]) is not { } split)
            {
                i++;
                continue;
            }
            var first = i;
            var last = i;
            var splits = new List<double> { split };
            // Grow downwards over split lines and one-sided lines aligned with a column.
            while (last + 1 < lines.Count && Near(lines[last], lines[last + 1]))
            {
                var next = lines[last + 1];
                if (SplitAt(next) is { } nextSplit && Math.Abs(nextSplit - split) < 6 * next.Size)
                {
                    splits.Add(nextSplit);
                }
                else if (!OneSided(next, lines, first, last, split, above: false))
                {
                    break;
                }
                last++;
            }
            while (first - 1 > previousEnd
                && Near(lines[first - 1], lines[first]) && SplitAt(lines[first - 1]) is null
                && OneSided(lines[first - 1], lines, first, last, split, above: true))
            {
                first--;
            }
            var members = lines.Skip(first).Take(last - first + 1).ToList();
            var at = splits.Average();
            blocks.Add(new ColumnBlock(
                [.. members.Select(l => Part(l, w => w.Centre < at)).OfType<PdfLine>()],
                [.. members.Select(l => Part(l, w => w.Centre >= at)).OfType<PdfLine>()],
                members));
            previousEnd = last;
            i = last + 1;
        }
        return blocks;
    }

    /// <summary>
    /// The x in the middle of the line's widest gap, when that gap parts two columns: wider than
    /// the font size and several times the line's other gaps (justified text stretches every gap
    /// alike, so a lone wide gap is a column's edge).
    /// </summary>
    private static double? SplitAt(PdfLine line)
    {
        var gaps = new List<(double Width, double At)>();
        for (var i = 1; i < line.Words.Count; i++)
        {
            var gap = line.Words[i].Left - line.Words[i - 1].Right;
            if (!line.Words[i].Joined) gaps.Add((gap, (line.Words[i].Left + line.Words[i - 1].Right) / 2));
        }
        if (gaps.Count == 0) return null;
        var widest = gaps.MaxBy(g => g.Width);
        var others = gaps.Where(g => g != widest).Select(g => g.Width).Order().ToList();
        var usual = others.Count == 0 ? line.Size : others[others.Count / 2];
        return widest.Width > Math.Max(line.Size, ColumnGap * usual) ? widest.At : null;
    }

    private static bool Near(PdfLine upper, PdfLine lower) =>
        upper.Page == lower.Page && lower.Baseline - upper.Baseline < MaxLineGap * Math.Max(upper.Size, lower.Size);

    /// <summary>
    /// A line wholly on one side of the split, aligned (left edge or centre) with that side's parts
    /// of the block's lines nearest to it (those at the top when it stands <paramref name="above"/> the block).
    /// </summary>
    private static bool OneSided(PdfLine line, IReadOnlyList<PdfLine> lines, int first, int last, double split, bool above)
    {
        // A side ends where the other side's text begins, not at the middle of a gap: a short
        // first line ("ỦY BAN NHÂN DÂN") puts that middle left of where a longer name below ends.
        var members = lines.Skip(first).Take(last - first + 1).ToList();
        var rightStarts = members.Select(l => Part(l, w => w.Centre >= split)).OfType<PdfLine>().Select(p => p.Left).DefaultIfEmpty(split).Min();
        var leftEnds = members.Select(l => Part(l, w => w.Centre < split)).OfType<PdfLine>().Select(p => p.Right).DefaultIfEmpty(split).Max();
        var onLeft = line.Centre < split && line.Right < rightStarts;
        if (!onLeft && !(line.Centre >= split && line.Left > leftEnds)) return false;
        var (from, to) = above ? (first, Math.Min(last, first + AlignmentLines - 1)) : (Math.Max(first, last - AlignmentLines + 1), last);
        var parts = lines.Skip(from).Take(to - from + 1)
            .Select(l => Part(l, w => onLeft ? w.Centre < split : w.Centre >= split)).OfType<PdfLine>().ToList();
        // A side is centred when its parts share a centre but not a left edge; then only the centre counts.
        var tolerance = line.Size / 2;
        var centred = parts.Count > 1 && Spread(parts.Select(p => p.Centre)) < tolerance && Spread(parts.Select(p => p.Left)) > tolerance;
        var leftAligned = parts.Count > 1 && Spread(parts.Select(p => p.Left)) < tolerance && Spread(parts.Select(p => p.Centre)) > tolerance;
        return parts.Exists(p => (!centred && Math.Abs(p.Left - line.Left) < tolerance) || (!leftAligned && Math.Abs(p.Centre - line.Centre) < tolerance));
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
