namespace PlanGen.Core.Validation;

/// <summary>Timelines are read as dates and lie inside the plan period.</summary>
public sealed class TimelineRules : IPlanRule
{
    /// <inheritdoc />
    public void Check(CheckContext context)
    {
    }
}
