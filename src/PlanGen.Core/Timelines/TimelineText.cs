using PlanGen.Core.Text;
using System.Globalization;
using System.Text;

namespace PlanGen.Core.Timelines;

/// <summary>
/// Folds a timeline to the plain lower-case letters the patterns are written in. Clerks' texts vary
/// in capitals (Quý/quý), in how the tone marks are encoded (composed or not, as copied from PDFs or
/// typed), and in text-extraction typos that only touch a mark (<c>Dột xuất</c> for <c>Đột xuất</c>),
/// so matching ignores the marks entirely: <c>Quý I/2024</c> becomes <c>quy i/2024</c>.
/// </summary>
internal static class TimelineText
{
    // Each character up to the Vietnamese letters (U+1EF9) folds to one character, to nothing, or
    // (a ligature, a mark that is not a non-spacing one) only in context. Each is worked out on
    // its first use in the process (0 = not yet) and remembered; a race only repeats the work.
    private const char Dropped = '\uFFFE';
    private const char InContext = '\uFFFF';
    private static readonly char[] FoldOf = new char[0x1F00];

    /// <summary>Lower case, no diacritics, đ as d, one kind of dash, single spaces.</summary>
    public static string Fold(string text)
    {
        // One pass through the table; a character it cannot fold alone sends the whole text the long way.
        var folded = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var count = 0;
        foreach (var c in text)
        {
            var mapped = Folded(c);
            if (mapped == InContext)
            {
                return FoldInContext(text);
            }
            if (mapped != Dropped)
            {
                folded[count++] = mapped;
            }
        }
        return Collapse(folded[..count]);
    }

    /// <summary>The fold of the whole text at once, for the texts the table does not cover.</summary>
    internal static string FoldInContext(string text) => Collapse(Unmarked(text).ToArray());

    // Decomposing splits each letter from its marks, which are then dropped; it also makes
    // composed (NFC) and decomposed input, and any mix of the two, come out the same.
    private static IEnumerable<char> Unmarked(string text) =>
        UnicodeNormalization.ToNfd(text.ToLowerInvariant())
            .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            .Select(Map);

    // One space for each run of them, none at either end.
    private static string Collapse(ReadOnlySpan<char> folded)
    {
        var text = new StringBuilder(folded.Length);
        var lastWasSpace = true;
        foreach (var c in folded)
        {
            if (c == ' ' && lastWasSpace)
            {
                continue;
            }
            text.Append(c);
            lastWasSpace = c == ' ';
        }
        return text.ToString().TrimEnd();
    }

    // The table's entry for a character, worked out on its first use.
    private static char Folded(char c)
    {
        if (c >= FoldOf.Length)
        {
            return InContext;
        }
        var folded = FoldOf[c];
        return folded != '\0' ? folded : FoldOf[c] = FoldAlone(c);
    }

    private static char Map(char c) => c switch
    {
        // ð (Icelandic eth) stands in for Đ in some badly converted files.
        'đ' or 'ð' => 'd',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' => '-',
        _ when char.IsWhiteSpace(c) => ' ',
        _ => c,
    };

    private static char FoldAlone(char c)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        if (category is UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Surrogate)
        {
            return InContext; // may be reordered among marks
        }
        var kept = Unmarked(c.ToString()).ToArray();
        return kept.Length switch
        {
            0 => Dropped,
            1 when kept[0] < Dropped => kept[0],
            _ => InContext,
        };
    }
}
