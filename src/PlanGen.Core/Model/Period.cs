namespace PlanGen.Core.Model;

/// <summary>Thời gian thực hiện — the span of days the plan covers.</summary>
public sealed record Period(DateOnly From, DateOnly To) : ModelNode
{
    /// <summary>True when the whole of [from, to] lies inside this period.</summary>
    public bool Contains(DateOnly from, DateOnly to) => from >= From && to <= To;
}
