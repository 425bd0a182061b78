using PlanGen.Core.Diagnostics;
using PlanGen.Core.Units;

namespace PlanGen.Core.Hierarchy.ParentRules;

/// <summary>
/// PG2109: a plan implements a parent issued above it, or one that assigns it tasks (a department
/// implementing another department's plan); anything else is a wrong parent.
/// </summary>
internal sealed class IssuerRule : IParentRule
{
    public void Check(ParentCheckContext context)
    {
        var issuer = context.Plan.Issuer;
        var parentIssuer = context.Parent.Plan.Issuer;
        if (issuer.Level > parentIssuer.Level || IsAssigned(context))
        {
            return;
        }
        context.Diagnostics.Add(DiagnosticCode.IssuerNotBelowParent, issuer.SpanOf("name"), issuer.Name, parentIssuer.Name);
    }

    private static bool IsAssigned(ParentCheckContext context)
    {
        if (context.ParentTasks.Any(t => t.IsLedBy(context.ChildUnit, context.Units) || t.IsSupportedBy(context.ChildUnit, context.Units)))
        {
            return true;
        }
        return Validation.PlanFacts.AllSections(context.Parent.Plan)
            .Select(s => s.Assignment)
            .OfType<Model.Assignment>()
            .SelectMany(Flatten)
            .Any(u => context.ChildUnit.Contains(UnitKeys.Of(u.Name, context.Units)));
    }

    private static IEnumerable<Model.UnitName> Flatten(Model.Assignment assignment) =>
        assignment.Lead.Concat(assignment.Support).Concat(assignment.Items.SelectMany(Flatten));
}
