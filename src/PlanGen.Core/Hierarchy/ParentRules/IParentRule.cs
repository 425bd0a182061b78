namespace PlanGen.Core.Hierarchy.ParentRules;

/// <summary>A family of checks of a child plan against its parent.</summary>
internal interface IParentRule
{
    void Check(ParentCheckContext context);
}
