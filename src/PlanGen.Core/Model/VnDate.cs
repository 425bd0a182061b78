using System.Globalization;

namespace PlanGen.Core.Model;

/// <summary>
/// A date as administrative documents carry it: full, or only year and month (a draft awaiting its
/// signing day), or only a year.
/// </summary>
public sealed record VnDate(int Year, int? Month, int? Day) : ModelNode
{
    /// <summary>True when day and month are known.</summary>
    public bool IsFull => Month is not null && Day is not null;

    /// <summary>The date, or for a partial date its first possible day.</summary>
    public DateOnly Earliest => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The date, or for a partial date its last possible day.</summary>
    public DateOnly Latest => Day is not null && Month is not null
        ? new DateOnly(Year, Month.Value, Day.Value)
        : Month is not null ? new DateOnly(Year, Month.Value, DateTime.DaysInMonth(Year, Month.Value)) : new DateOnly(Year, 12, 31);

    /// <summary>
    /// The long form of header box 4: <c>ngày 05 tháng 02 năm 2024</c>. Days below 10 and the
    /// months 1 and 2 take a leading zero; unknown parts are left blank for the clerk.
    /// </summary>
    public string ToLongText()
    {
        var day = Day is null ? "    " : Day.Value.ToString("D2", CultureInfo.InvariantCulture);
        var month = Month is null ? "    " : MonthText(Month.Value);
        return $"ngày {day} tháng {month} năm {Year.ToString(CultureInfo.InvariantCulture)}";
    }

    /// <summary>The short form used in citations: <c>05/02/2024</c>, <c>19/12/2023</c>, <c>02/3/2023</c>.</summary>
    public string ToShortText()
    {
        var year = Year.ToString(CultureInfo.InvariantCulture);
        if (Month is null)
        {
            return year;
        }
        var monthYear = MonthText(Month.Value) + "/" + year;
        return Day is null ? monthYear : Day.Value.ToString("D2", CultureInfo.InvariantCulture) + "/" + monthYear;
    }

    /// <summary>The ISO form, as written in YAML.</summary>
    public string ToIsoText() => Month is null
        ? Year.ToString("D4", CultureInfo.InvariantCulture)
        : Day is null
            ? $"{Year:D4}-{Month:D2}"
            : $"{Year:D4}-{Month:D2}-{Day:D2}";

    /// <summary>Two dates are equal when they name the same year, month and day, wherever they were written.</summary>
    public bool Equals(VnDate? other) => other is not null && Year == other.Year && Month == other.Month && Day == other.Day;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Year, Month, Day);

    private static string MonthText(int month) =>
        month < 3 ? month.ToString("D2", CultureInfo.InvariantCulture) : month.ToString(CultureInfo.InvariantCulture);
}
