using System.Text;

namespace PlanGen.Core.Document.Grammar;

/// <summary>
/// The letters of points (điểm): the Vietnamese alphabet a b c d đ e g h i k l m n o p q r s t u v
/// x y, with đ after d and no f, j, w, z. Past y the letters double (aa, bb … yy, then aaa), which
/// documents never reach but the numbering must not fail on.
/// </summary>
public static class PointLetter
{
    /// <summary>The alphabet in order.</summary>
    public const string Alphabet = "abcdđeghiklmnopqrstuvxy";

    /// <summary>The letter of a 1-based point: 1 → a, 5 → đ, 23 → y, 24 → aa.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When the number is below 1.</exception>
    public static string Format(int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        var index = number - 1;
        return new StringBuilder().Append(Alphabet[index % Alphabet.Length], (index / Alphabet.Length) + 1).ToString();
    }

    /// <summary>The 1-based number of a point's letter ("đ" → 5, "aa" → 24); null for anything else ("f", "ab").</summary>
    public static int? Parse(string text)
    {
        if (text.Length is 0 or > 12) return null;
        var index = Alphabet.IndexOf(text[0], StringComparison.Ordinal);
        if (index < 0) return null;
        foreach (var c in text)
        {
            if (c != text[0]) return null;
        }
        return ((text.Length - 1) * Alphabet.Length) + index + 1;
    }
}
