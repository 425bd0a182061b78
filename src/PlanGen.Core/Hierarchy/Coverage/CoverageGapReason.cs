namespace PlanGen.Core.Hierarchy.Coverage;

/// <summary>Why a lead unit has not taken up a task.</summary>
public enum CoverageGapReason
{
    /// <summary>No plan of the unit was given.</summary>
    NoPlan,

    /// <summary>The unit's plan does not take the task up.</summary>
    Skipped,
}
