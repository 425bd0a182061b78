namespace PlanGen.Core.Text;

/// <summary>
/// Reads a date written <c>yyyy-MM-dd</c>, strictly: four, two and two ASCII digits, a real day of
/// the calendar. Written out rather than left to <c>DateOnly.TryParseExact</c>, which matches the
/// format's literals through the culture's collation, and so needs the system's culture data
/// (ICU) to read a date that means the same everywhere.
/// </summary>
public static class IsoDate
{
    /// <summary>True, with the date, when <paramref name="text"/> is exactly a <c>yyyy-MM-dd</c> date.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-'
            || !TryDigits(text[..4], out var year) || !TryDigits(text[5..7], out var month) || !TryDigits(text[8..], out var day))
        {
            return false;
        }
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }
        date = new DateOnly(year, month, day);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
            value = value * 10 + (c - '0');
        }
        return true;
    }
}
