namespace PlanGen.Core.Text;

/// <summary>
/// Upper and lower case of Vietnamese text. Vietnamese has no casing rules of its own (unlike
/// Turkish or Lithuanian), so the invariant mapping gives the same letters as the <c>vi</c>
/// culture's. It goes through <see cref="string.ToLowerInvariant"/> and its kin, not through
/// <c>CultureInfo.InvariantCulture.TextInfo</c> or a named culture's: those first ask ICU to
/// compare two strings ignoring case, to learn whether the culture's ASCII casing is the invariant
/// one, which needs the system's culture data (ICU). The runtime's own invariant casing already
/// knows the answer.
/// </summary>
public static class VietnameseCasing
{
    /// <summary><paramref name="text"/> in lower case.</summary>
    public static string Lower(string text) => text.ToLowerInvariant();

    /// <summary><paramref name="text"/> in upper case.</summary>
    public static string Upper(string text) => text.ToUpperInvariant();

    /// <summary><paramref name="letter"/> in lower case.</summary>
    public static char Lower(char letter) => char.ToLowerInvariant(letter);

    /// <summary><paramref name="letter"/> in upper case.</summary>
    public static char Upper(char letter) => char.ToUpperInvariant(letter);

    /// <summary>
    /// True for a word that is no Vietnamese syllable, so an abbreviation kept in capitals
    /// (UBND, HĐND, ATGT, TP): no vowel, two vowel groups, or more than two letters after the vowel.
    /// </summary>
    public static bool IsAbbreviation(string word)
    {
        var letters = new string([.. UnicodeNormalization.ToNfd(word).Where(char.IsLetter).Select(char.ToLowerInvariant)]).Replace('đ', 'd');
        if (letters.Length < 2) return false;
        var vowelGroups = 0;
        var previousVowel = false;
        var trailing = 0;
        foreach (var c in letters)
        {
            var vowel = "aeiouy".Contains(c, StringComparison.Ordinal);
            if (vowel && !previousVowel) vowelGroups++;
            trailing = vowel ? 0 : trailing + 1;
            previousVowel = vowel;
        }
        return vowelGroups != 1 || trailing > 2;
    }
}
