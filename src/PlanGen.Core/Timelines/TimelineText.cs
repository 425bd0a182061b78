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
    public static string Fold(string text)
    {
        // Decomposing splits each letter from its marks, which are then dropped; it also makes
        // composed (NFC) and decomposed input, and any mix of the two, come out the same.
        var decomposed = UnicodeNormalization.ToNfd(text.ToLowerInvariant());
        var folded = new StringBuilder(decomposed.Length);
        var lastWasSpace = true;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            var mapped = c switch
            {
                // ð (Icelandic eth) stands in for Đ in some badly converted files.
                'đ' or 'ð' => 'd',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' => '-',
                _ when char.IsWhiteSpace(c) => ' ',
                _ => c,
            };
            if (mapped == ' ' && lastWasSpace)
            {
                continue;
            }
            folded.Append(mapped);
            lastWasSpace = mapped == ' ';
        }
        return folded.ToString().TrimEnd();
    }
}
