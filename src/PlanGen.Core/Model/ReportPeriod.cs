namespace PlanGen.Core.Model;

/// <summary>
/// Kỳ báo cáo — the period a report covers: a month, a quarter, the first six or nine months, the
/// year, or two dates. The days its figures count follow from it by the cut-off rule.
/// </summary>
/// <param name="Cycle">What kind of period.</param>
/// <param name="Year">Its year (for <see cref="ReportCycle.Dates"/>, the year of its last day).</param>
/// <param name="Index">The month (1–12) or quarter (1–4); 0 for the other kinds.</param>
public sealed record ReportPeriod(ReportCycle Cycle, int Year, int Index) : ModelNode
{
    /// <summary>The first day of two dates written out; null for the other kinds.</summary>
    public DateOnly? From { get; init; }

    /// <summary>The last day of two dates written out; null for the other kinds.</summary>
    public DateOnly? To { get; init; }

    /// <summary>The first calendar month the period counts (1–12); for two dates, that of the first.</summary>
    public int FirstMonth => Cycle switch
    {
        ReportCycle.Month => Index,
        ReportCycle.Quarter => (Index * 3) - 2,
        ReportCycle.Dates => From!.Value.Month,
        _ => 1,
    };

    /// <summary>The last calendar month the period counts (1–12).</summary>
    public int LastMonth => Cycle switch
    {
        ReportCycle.Month => Index,
        ReportCycle.Quarter => Index * 3,
        ReportCycle.SixMonths => 6,
        ReportCycle.NineMonths => 9,
        ReportCycle.Dates => To!.Value.Month,
        _ => 12,
    };

    /// <summary>The same period a year before: "cùng kỳ".</summary>
    public ReportPeriod YearBefore() => this with
    {
        Year = Year - 1,
        From = From?.AddYears(-1),
        To = To?.AddYears(-1),
    };

    /// <summary>Two periods are equal when they name the same days, wherever they were written.</summary>
    public bool Equals(ReportPeriod? other) =>
        other is not null && Cycle == other.Cycle && Year == other.Year && Index == other.Index && From == other.From && To == other.To;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Cycle, Year, Index, From, To);
}
