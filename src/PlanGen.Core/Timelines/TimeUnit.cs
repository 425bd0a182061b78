namespace PlanGen.Core.Timelines;

/// <summary>
/// The unit a timeline names at one of its ends: "Tháng 9/2024" names a month, "Học kỳ I" a term.
/// A plan that starts on 05/9/2024 may well write "Tháng 9/2024": the period's first day falls
/// inside the month it names, so the month is not judged to start before the plan.
/// </summary>
internal enum TimeUnit
{
    /// <summary>Exactly that day: a date, or an end taken from the plan's period.</summary>
    Day,

    /// <summary>A month (tháng).</summary>
    Month,

    /// <summary>A quarter (quý).</summary>
    Quarter,

    /// <summary>A school term (học kỳ).</summary>
    Term,

    /// <summary>A school year (năm học).</summary>
    SchoolYear,

    /// <summary>A calendar year (năm), or part of one counted from its start or end.</summary>
    Year,
}
