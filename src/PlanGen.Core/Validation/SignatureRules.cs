using PlanGen.Core.Diagnostics;
using PlanGen.Core.Model;

namespace PlanGen.Core.Validation;

/// <summary>A signing block says everything its authorities need: TM. a body, KT./TL./TUQ. a head's office.</summary>
public sealed class SignatureRules : IPlanRule
{
    /// <inheritdoc />
    public void Check(CheckContext context) => Check(context.Plan.Signature, context.Diagnostics);

    /// <summary>The checks of one signing block, of any document of the family.</summary>
    internal static void Check(Signature? signature, DiagnosticBag diagnostics)
    {
        if (signature is null)
        {
            return;
        }
        foreach (var authority in signature.Authorities)
        {
            switch (authority)
            {
                case SigningAuthority.TM when string.IsNullOrWhiteSpace(signature.Body):
                    diagnostics.Add(DiagnosticCode.SignatureNeedsBody, signature.SpanOf("authority"));
                    break;
                case SigningAuthority.KT or SigningAuthority.TL or SigningAuthority.TUQ when string.IsNullOrWhiteSpace(signature.Head):
                    diagnostics.Add(DiagnosticCode.SignatureNeedsHead, signature.SpanOf("authority"), authority.ToString());
                    break;
            }
            if (authority != SigningAuthority.TM && string.IsNullOrWhiteSpace(signature.Office))
            {
                diagnostics.Add(DiagnosticCode.SignatureNeedsOffice, signature.SpanOf("authority"), authority.ToString());
            }
        }
    }
}
