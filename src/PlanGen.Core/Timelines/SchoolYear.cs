namespace PlanGen.Core.Timelines;

/// <summary>
/// The dates of a school year (năm học) as plangen reads them: from 1 September to 31 May of the
/// next year, the first term (học kỳ I) to 15 January and the second (học kỳ II) from 16 January.
/// These follow the Ministry of Education's yearly frame (school opens on 5 September, the first
/// term ends by mid-January, the year's teaching by the end of May); the exact days vary a little
/// by year and province, and a plan that needs them exactly writes its own dates or period.
/// </summary>
internal static class SchoolYear
{
    private const int FirstMonth = 9, LastMonth = 5, FirstTermLastDay = 15;

    /// <summary>The school year starting in September of <paramref name="startYear"/>; null outside the years plangen reads.</summary>
    public static DateInterval? Whole(int startYear) =>
        Valid(startYear) ? new DateInterval(new DateOnly(startYear, FirstMonth, 1), new DateOnly(startYear + 1, LastMonth, 31)) : null;

    /// <summary>Term 1 or 2 of that school year; null for any other term.</summary>
    public static DateInterval? Term(int startYear, int term) => Valid(startYear) ? term switch
    {
        1 => new DateInterval(new DateOnly(startYear, FirstMonth, 1), new DateOnly(startYear + 1, 1, FirstTermLastDay)),
        2 => new DateInterval(new DateOnly(startYear + 1, 1, FirstTermLastDay + 1), new DateOnly(startYear + 1, LastMonth, 31)),
        _ => null,
    } : null;

    /// <summary>Its first month ("đầu năm học") or its last ("cuối năm học").</summary>
    public static DateInterval? EdgeMonth(int startYear, bool start) =>
        start ? TimeFragment.Months(startYear, FirstMonth, FirstMonth) : TimeFragment.Months(startYear + 1, LastMonth, LastMonth);

    /// <summary>The year in September of which the school year holding <paramref name="day"/> began; summer days count to the next.</summary>
    public static int StartYearOf(DateOnly day) => day.Month > LastMonth ? day.Year : day.Year - 1;

    /// <summary>The school year or term holding <paramref name="day"/>; the day alone in the summer between two.</summary>
    public static DateInterval Around(DateOnly day, bool term)
    {
        var year = StartYearOf(day);
        var around = term ? (Term(year, 1) is { } first && first.To >= day ? first : Term(year, 2)) : Whole(year);
        return around is { } found && found.From <= day && day <= found.To ? found : new DateInterval(day, day);
    }

    private static bool Valid(int startYear) => startYear is >= TimeFragment.MinYear and < TimeFragment.MaxYear;
}
