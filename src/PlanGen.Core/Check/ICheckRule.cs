namespace PlanGen.Core.Check;

/// <summary>One family of the decree's layout rules, judged on a read document.</summary>
public interface ICheckRule
{
    /// <summary>Adds a finding to the context for each place the document breaks the rule.</summary>
    void Check(DocumentCheckContext context);
}
