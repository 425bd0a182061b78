using System.Globalization;
using System.Text;

namespace PlanGen.Core.Text;

/// <summary>
/// Numbers as Vietnamese documents print them: thousands grouped with a dot (<c>1.163</c>), the
/// decimal comma (<c>6,31</c>), and a count under ten with a leading zero where a sentence states it
/// (<c>tăng 08 vụ</c>). Culture-invariant: the same text on every machine.
/// </summary>
public static class VietnameseNumber
{
    /// <summary>A whole number with thousands grouped by dots: <c>881</c>, <c>1.163</c>, <c>-2.500</c>.</summary>
    public static string Count(long value)
    {
        var digits = value.ToString(CultureInfo.InvariantCulture).TrimStart('-');
        var text = new StringBuilder(digits.Length + (digits.Length / 3) + 1);
        if (value < 0)
        {
            text.Append('-');
        }
        for (var i = 0; i < digits.Length; i++)
        {
            if (i > 0 && (digits.Length - i) % 3 == 0)
            {
                text.Append('.');
            }
            text.Append(digits[i]);
        }
        return text.ToString();
    }

    /// <summary>A count as a sentence states it: under ten with a leading zero (<c>08</c>), else <see cref="Count"/>.</summary>
    public static string Stated(long value) => value is >= 0 and < 10 ? "0" + value.ToString(CultureInfo.InvariantCulture) : Count(value);

    /// <summary>
    /// A percentage to two decimals, rounded half away from zero, with its sign and the decimal
    /// comma: <c>+0,92%</c>, <c>-6,31%</c>, <c>0,00%</c>.
    /// </summary>
    public static string Percent(decimal value)
    {
        var rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        var hundredths = (long)Math.Abs(rounded * 100);
        var sign = rounded > 0 ? "+" : rounded < 0 ? "-" : "";
        return sign + Count(hundredths / 100) + "," + (hundredths % 100).ToString("D2", CultureInfo.InvariantCulture) + "%";
    }
}
