using PlanGen.Core.Text;

namespace PlanGen.Core.Document;

/// <summary>
/// Box 2 of the header: the governing and issuing bodies' names in capitals, centred in the left
/// column (about 6–7 cm; plangen's is 6.5 cm) at 13 pt. A name that does not fit on one line breaks
/// where a clerk breaks it: after the body's kind, before its place (ỦY BAN NHÂN DÂN / XÃ TÂN LẬP,
/// BAN AN TOÀN GIAO THÔNG / TỈNH LÀO CAI), never inside the place's name; a kind too long for a line
/// breaks before "và", after a comma or a dash, or before a capitalised part of it (SỞ THÔNG TIN /
/// VÀ TRUYỀN THÔNG). A line break written in the name (<c>\n</c>) is kept as the only break.
/// </summary>
public static class HeaderBox
{
    /// <summary>The width of the header's left column.</summary>
    public const double LeftColumnCm = 6.5;

    /// <summary>The type size of the governing and issuing bodies.</summary>
    public const double BodySizePt = 13;

    private const double WidthPt = LeftColumnCm / 2.54 * 72;

    // Longer names are left to the word processor's wrapping, so the search stays small.
    private const int MaxWords = 40;

    // The cost of a break: before the place, where a clerk breaks, elsewhere, never.
    private const int AtPlace = 0, Natural = 1, Elsewhere = 3, Never = int.MaxValue;

    /// <summary>The lines of a body's name as box 2 prints them, in capitals.</summary>
    /// <param name="name">The name as the plan writes it, in sentence case ("Ủy ban nhân dân xã Tân Lập").</param>
    /// <param name="bold">True for the issuing body (bold), false for the governing body.</param>
    public static IReadOnlyList<string> BodyNameLines(string name, bool bold)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Contains('\n', StringComparison.Ordinal))
        {
            return [.. name.Split('\n').Select(line => Upper(Words(line))).Where(line => line.Length > 0)];
        }
        var words = Words(name);
        var whole = Upper(words);
        if (words.Length <= 1 || words.Length > MaxWords || Fits(whole, bold))
        {
            return [whole];
        }
        var upper = words.Select(VietnameseCasing.Upper).ToArray();
        return Best(upper, Costs(words, upper, bold), bold);
    }

    /// <summary>True when <paramref name="line"/> fits the box on one line at 13 pt.</summary>
    public static bool Fits(string line, bool bold) => TimesNewRoman.Width(line, bold) * BodySizePt / 1000 <= WidthPt;

    private static string[] Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string Upper(string[] words) => VietnameseCasing.Upper(string.Join(' ', words));

    /// <summary>The cost of a break before each word (index 0 unused).</summary>
    private static int[] Costs(string[] words, string[] upper, bool bold)
    {
        var place = BodyName.PlaceStart(words);
        var placeFits = place > 0 && Fits(string.Join(' ', upper[place..]), bold);
        var costs = new int[words.Length];
        for (var i = 1; i < words.Length; i++)
        {
            costs[i] = i == place ? AtPlace
                : place > 0 && i > place ? (placeFits ? Never : Elsewhere)
                : BodyName.IsNaturalBreak(words, i) ? Natural
                : Elsewhere;
        }
        return costs;
    }

    /// <summary>
    /// The cheapest breaks that make every line fit (a break inside a word costs more than a line),
    /// then the fewest lines, then the most even; a single word wider than the box stands alone.
    /// </summary>
    private static List<string> Best(string[] words, int[] costs, bool bold)
    {
        var n = words.Length;
        var best = new (long Cost, int Lines, int Widest, int From)?[n + 1];
        best[0] = (0, 0, 0, 0);
        for (var end = 1; end <= n; end++)
        {
            for (var start = 0; start < end; start++)
            {
                if (best[start] is not { } before || (start > 0 && costs[start] == Never))
                {
                    continue;
                }
                var line = string.Join(' ', words[start..end]);
                if (end - start > 1 && !Fits(line, bold))
                {
                    continue;
                }
                var candidate = (before.Cost + (start > 0 ? costs[start] : 0), before.Lines + 1, Math.Max(before.Widest, TimesNewRoman.Width(line, bold)), start);
                if (best[end] is not { } current || (candidate.Item1, candidate.Item2, candidate.Item3).CompareTo((current.Cost, current.Lines, current.Widest)) < 0)
                {
                    best[end] = candidate;
                }
            }
        }
        var lines = new List<string>();
        for (var end = n; end > 0; end = best[end]!.Value.From)
        {
            lines.Insert(0, string.Join(' ', words[best[end]!.Value.From..end]));
        }
        return lines;
    }
}
