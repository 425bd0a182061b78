namespace PlanGen.Core.Validation;

/// <summary>A family of checks on one plan.</summary>
public interface IPlanRule
{
    /// <summary>Reports what is wrong with the plan in <paramref name="context"/>.</summary>
    void Check(CheckContext context);
}
