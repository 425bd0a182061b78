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
    /// <summary>Lower case, no diacritics, đ as d, one kind of dash, single spaces.</summary>
    public static string Fold(string text) => Collapse(Unmarked(text).ToArray());

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

    private static char Map(char c) => c switch
    {
        // ð (Icelandic eth) stands in for Đ in some badly converted files.
        'đ' or 'ð' => 'd',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' => '-',
        _ when char.IsWhiteSpace(c) => ' ',
        _ => c,
    };
}
