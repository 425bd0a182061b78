using System.Text;

namespace PlanGen.Core.Text;

/// <summary>
/// Roman numerals, as parts (I., II.) and appendix groups (I, II) are numbered: the one
/// implementation both ways, in the usual subtractive form (4 → IV, 14 → XIV, 1999 → MCMXCIX).
/// </summary>
public static class RomanNumeral
{
    private static readonly (int Value, string Symbol)[] Symbols =
    [
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ];

    /// <summary>The numeral of a positive number: 1 → I, 4 → IV, 14 → XIV.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When the number is below 1.</exception>
    public static string Format(int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        var builder = new StringBuilder();
        foreach (var (value, symbol) in Symbols)
        {
            for (; number >= value; number -= value) builder.Append(symbol);
        }
        return builder.ToString();
    }

    /// <summary>
    /// The value of an upper-case numeral written in the usual form ("XIV" → 14); null for anything
    /// else ("IIII", "IC", "xiv", ""), so a word of capitals is not taken for a number.
    /// </summary>
    public static int? Parse(string text)
    {
        if (text.Length is 0 or > 15) return null;
        var total = 0;
        var at = 0;
        foreach (var (value, symbol) in Symbols)
        {
            for (; text.AsSpan(at).StartsWith(symbol, StringComparison.Ordinal); at += symbol.Length) total += value;
        }
        // Read greedily, then kept only when it is the usual way to write that value.
        return at == text.Length && Format(total) == text ? total : null;
    }
}
