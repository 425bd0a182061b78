namespace PlanGen.Core.Document.Grammar;

/// <summary>How a place-and-date line departs from the decree's <c>Lào Cai, ngày 05 tháng 02 năm 2024</c>.</summary>
[Flags]
public enum PlaceDateDeviations
{
    /// <summary>Written as the decree asks.</summary>
    None = 0,

    /// <summary>No place before the date, or other text after it.</summary>
    Form = 1,

    /// <summary>No comma after the place.</summary>
    Comma = 2,

    /// <summary>A day below 10, or month 1 or 2, without its leading zero.</summary>
    Zero = 4,

    /// <summary>No space between "ngày", "tháng" or "năm" and its number.</summary>
    Spaces = 8,

    /// <summary>The calendar has no such day ("ngày 30 tháng 02").</summary>
    NoSuchDate = 16,
}
