using PlanGen.Core.Diagnostics;
using PlanGen.Core.Model;

namespace PlanGen.Core.Validation;

/// <summary>A signing block says everything its authorities need: TM. a body, KT./TL./TUQ. a head's office.</summary>
public sealed class SignatureRules : IPlanRule
{
    /// <inheritdoc />
    public void Check(CheckContext context)
    {
        if (context.Plan.Signature is not { } signature)
        {
            return;
        }
        foreach (var authority in signature.Authorities)
        {
            switch (authority)
            {
                case SigningAuthority.TM when string.IsNullOrWhiteSpace(signature.Body):
                    context.Diagnostics.Add(DiagnosticCode.SignatureNeedsBody, signature.SpanOf("authority"));
                    break;
                case SigningAuthority.KT or SigningAuthority.TL or SigningAuthority.TUQ when string.IsNullOrWhiteSpace(signature.Head):
                    context.Diagnostics.Add(DiagnosticCode.SignatureNeedsHead, signature.SpanOf("authority"), authority.ToString());
                    break;
            }
            if (authority != SigningAuthority.TM && string.IsNullOrWhiteSpace(signature.Office))
            {
                context.Diagnostics.Add(DiagnosticCode.SignatureNeedsOffice, signature.SpanOf("authority"), authority.ToString());
            }
        }
    }
}
