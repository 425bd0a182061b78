using System.Globalization;
using PlanGen.Core.Model;

namespace PlanGen.Core.Document.Grammar;

/// <summary>
/// The date of header box 4: <c>ngày 05 tháng 02 năm 2024</c>. Days below 10 and the months 1 and 2
/// take a leading zero; a draft leaves what it does not know yet blank (<c>ngày      tháng 4 năm 2020</c>).
/// It is read as part of the line (<see cref="PlaceDateLine"/>).
/// </summary>
public static class LongDate
{
    /// <summary>The blank a draft leaves for a day or a month.</summary>
    public const string Blank = "    ";

    /// <summary><c>ngày 05 tháng 02 năm 2024</c>; a null date leaves day, month and year blank.</summary>
    public static string Format(VnDate? date)
    {
        if (date is null) return "ngày  " + Blank + "tháng  " + Blank + "năm     ";
        var day = date.Day is { } d ? d.ToString("D2", CultureInfo.InvariantCulture) : Blank;
        var month = date.Month is { } m ? MonthText(m) : Blank;
        return $"ngày {day} tháng {month} năm {date.Year.ToString(CultureInfo.InvariantCulture)}";
    }

    /// <summary>A month as the decree writes it: 01, 02, then 3 … 12.</summary>
    internal static string MonthText(int month) =>
        month < 3 ? month.ToString("D2", CultureInfo.InvariantCulture) : month.ToString(CultureInfo.InvariantCulture);

    /// <summary>The date with the parts a text gives; null when the calendar has no such day or month. A day without a month is dropped.</summary>
    internal static VnDate? DateOf(int year, int? month, int? day)
    {
        if (year < 1 || month is < 1 or > 12) return null;
        if (month is null) return new VnDate(year, null, null);
        if (day is not null && (day < 1 || day > DateTime.DaysInMonth(year, month.Value))) return null;
        return new VnDate(year, month, day);
    }
}
