using System.Globalization;
using System.Text;

namespace PlanGen.Core.Document;

/// <summary>The numbering systems of administrative documents.</summary>
public static class VietnameseNumbering
{
    // The Vietnamese alphabet used for points: it has đ after d and no f, j, w, z.
    private static readonly string[] Letters =
        ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"];

    private static readonly (int Value, string Symbol)[] RomanSymbols =
    [
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ];

    /// <summary>Roman numeral of a positive number: 1 → I, 4 → IV, 14 → XIV.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When the number is below 1.</exception>
    public static string Roman(int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        var builder = new StringBuilder();
        foreach (var (value, symbol) in RomanSymbols)
        {
            while (number >= value)
            {
                builder.Append(symbol);
                number -= value;
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Letter of a point: 1 → a, 4 → d, 5 → đ, 6 → e … 23 → y. Past y the letters double
    /// (24 → aa), which documents never reach but must not crash on.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">When the number is below 1.</exception>
    public static string Letter(int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        var index = number - 1;
        var repeat = (index / Letters.Length) + 1;
        return string.Concat(Enumerable.Repeat(Letters[index % Letters.Length], repeat));
    }

    /// <summary>Arabic number as invariant text.</summary>
    public static string Arabic(int number) => number.ToString(CultureInfo.InvariantCulture);
}
