using PlanGen.Core.Diagnostics;

namespace PlanGen.Core.Validation;

/// <summary>
/// The number line is "Số: 87/KH-UBND": the document's type (KH) and then the body's code
/// (UBND), which <c>issuer.code</c> holds. A code written with the type in front (KH-UBND), as
/// the number reads, would print the type twice ("87/KH-KH-UBND").
/// </summary>
public sealed class IssuerCodeRules : IPlanRule
{
    /// <inheritdoc />
    public void Check(CheckContext context)
    {
        var plan = context.Plan;
        var code = plan.Issuer.Code;
        var prefix = plan.TypeCode + "-";
        if (plan.TypeCode.Length == 0 || code.Length <= prefix.Length || !code.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }
        context.Diagnostics.Add(DiagnosticCode.IssuerCodeHasType, plan.Issuer.SpanOf("code"), code, plan.TypeCode, prefix + code, code[prefix.Length..]);
    }
}
