using PlanGen.Core.Diagnostics;
using PlanGen.Core.Units;

namespace PlanGen.Core.Hierarchy.ParentRules;

/// <summary>
/// PG2113: the body that issued the parent receives the child plan, usually "(b/c)" — it is how the
/// province learns a task was taken up. Matched through units.yaml or the parent issuer's name or
/// short name.
/// </summary>
internal sealed class RecipientRule : IParentRule
{
    public void Check(ParentCheckContext context)
    {
        var parentIssuer = context.Parent.Plan.Issuer;
        var wanted = UnitKeys.OfIssuer(parentIssuer, context.Units);
        foreach (var recipient in context.Plan.Recipients)
        {
            if (recipient.Unit is { } id && context.Units?.Find(id) is { } unit && wanted.Contains("#" + unit.Id))
            {
                return;
            }
            if (wanted.Contains(UnitKeys.Of(recipient.Text, context.Units)))
            {
                return;
            }
        }
        context.Diagnostics.Add(DiagnosticCode.ParentIssuerNotRecipient, context.Plan.SpanOf("recipients"), parentIssuer.ShortName ?? parentIssuer.Name);
    }
}
