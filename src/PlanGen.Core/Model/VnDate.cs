using System.Globalization;

namespace PlanGen.Core.Model;

/// <summary>
/// A date as administrative documents carry it: full, or only year and month (a draft awaiting its
/// signing day), or only a year. Its printed forms are the grammar's (<c>Document.Grammar.LongDate</c>,
/// <c>ShortDate</c>).
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
}
