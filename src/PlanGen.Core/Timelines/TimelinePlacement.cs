namespace PlanGen.Core.Timelines;

/// <summary>Where a timeline lies against the plan's period.</summary>
public enum TimelinePlacement
{
    /// <summary>Inside the period, or naming a unit (month, quarter, term) that holds its first or last day; or undated.</summary>
    Inside,

    /// <summary>Partly inside: it starts before the period or ends after it, beyond the unit it names there.</summary>
    Beyond,

    /// <summary>No day of it lies in the period.</summary>
    Outside,
}
