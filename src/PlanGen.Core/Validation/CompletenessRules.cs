using PlanGen.Core.Diagnostics;
using PlanGen.Core.Model;

namespace PlanGen.Core.Validation;

/// <summary>
/// The parts every plan of the decree has: its content (the tasks it sets out), its "Tổ chức thực
/// hiện" (which unit does what), its signature and its "Nơi nhận:". A plan without one still builds, since a clerk
/// builds drafts part by part, but each missing part warns, so an incomplete plan is never sent
/// with a clean report. A draft's signature may still lack the signer's name (PG5031 reminds of
/// that in the DOCX); the signing block itself must be there.
/// </summary>
public sealed class CompletenessRules : IPlanRule
{
    /// <inheritdoc />
    public void Check(CheckContext context)
    {
        var plan = context.Plan;
        // A key plangen does not know (noi_dung:, a misspelt organization:) is most likely the
        // missing part itself: its error says what to write, and a warning beside it would mislead.
        if (context.Diagnostics.Items.Any(d => d.Code == DiagnosticCode.UnknownField && d.Span.File == plan.Span.File))
        {
            return;
        }
        if (IsEmpty(plan.Content))
        {
            context.Diagnostics.Add(DiagnosticCode.NoContent, plan.Span);
        }
        if (IsEmpty(plan.Organization))
        {
            context.Diagnostics.Add(DiagnosticCode.NoOrganization, plan.Span);
        }
        if (plan.Signature is null)
        {
            context.Diagnostics.Add(DiagnosticCode.NoSignature, plan.Span);
        }
        // Without recipients or an archive line the DOCX has no "Nơi nhận:" block, which check refuses.
        if (plan.Recipients.Count == 0 && plan.Archive.Count == 0)
        {
            context.Diagnostics.Add(DiagnosticCode.NoRecipients, plan.Span);
        }
    }

    // A part written with nothing in it ("content:" alone) prints a bare heading: it is missing too.
    private static bool IsEmpty(Section? section) =>
        section is null || (section.Paragraphs.Count == 0 && section.Bullets.Count == 0 && section.Items.Count == 0
            && section.Assignment is null && section.After.Count == 0);
}
