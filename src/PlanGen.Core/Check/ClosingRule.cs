using PlanGen.Core.Diagnostics;
using PlanGen.Core.Document.Grammar;
using static PlanGen.Core.Check.HeaderRule;
using PlanGen.Core.Recognition;

namespace PlanGen.Core.Check;

/// <summary>Boxes 7 and 9: "Nơi nhận:", the recipients ending with "- Lưu: VT, …", the signing lines and the signer's name.</summary>
internal sealed class ClosingRule : ICheckRule
{
    public void Check(DocumentCheckContext context)
    {
        var outline = context.Outline;
        // A plan issued with a decision, filed apart, is signed in the decision.
        if (outline.StandsIssued && outline.RecipientsHeading is null) return;
        Item(context, outline.RecipientsHeading, MessageWord.Part.RecipientsHeading, new Look(null, true, true, "RecipientsHeadingSizePt", false), required: true);
        if (outline.RecipientsHeading is null) return;

        foreach (var recipient in outline.Recipients)
        {
            Item(context, recipient, MessageWord.Part.Recipient, new Look(null, null, false, "RecipientsSizePt", false), required: true);
        }

        foreach (var (at, problem) in RecipientsProblems(outline.Recipients))
        {
            context.OnParagraph(at.Paragraph, DiagnosticCode.CheckRecipients, DocumentCheckContext.FirstWords(at.Text), problem);
        }

        if (outline.Recipients.Count == 0)
        {
            context.OnParagraph(outline.RecipientsHeading.Paragraph, DiagnosticCode.CheckRecipients, outline.RecipientsHeading.Text, MessageWord.Recipients.Archive);
        }

        // A draft or a plan signed by its head alone may still lack these; the signed copy may not.
        if (outline.SigningLines.Count == 0) context.AtFile(DiagnosticCode.CheckSigningIncomplete, MessageWord.Part.Signing);
        if (outline.SignerName is null) context.AtFile(DiagnosticCode.CheckSigningIncomplete, MessageWord.Part.Signer);
        foreach (var line in outline.SigningLines)
        {
            Item(context, line, MessageWord.Part.Signing, new Look(true, true, false, "SignatureSizePt", false), required: true);
        }

        Item(context, outline.SignerName, MessageWord.Part.Signer, new Look(null, true, false, "SignatureSizePt", false), required: false);
    }

    // Each line but the last is a recipient's "- …;"; the last is the archive line "- Lưu: VT, ….", as the
    // grammar reads them. Every line that is not is named, with the first thing to mend in it.
    private static IEnumerable<(TextSegment At, MessageWord Problem)> RecipientsProblems(IReadOnlyList<TextSegment> recipients)
    {
        for (var i = 0; i < recipients.Count; i++)
        {
            var text = recipients[i].Text;
            var last = i == recipients.Count - 1;
            var deviations = ArchiveLine.Parse(text) is { } archive
                ? archive.Deviations | (last ? RecipientLineDeviations.None : RecipientLineDeviations.Archive)
                : (RecipientLine.Parse(text)?.Deviations ?? RecipientLineDeviations.Dash) | (last ? RecipientLineDeviations.Archive : RecipientLineDeviations.None);
            if (deviations.HasFlag(RecipientLineDeviations.Dash)) yield return (recipients[i], MessageWord.Recipients.Dash);
            else if (deviations.HasFlag(RecipientLineDeviations.Archive)) yield return (recipients[i], MessageWord.Recipients.Archive);
            else if (deviations.HasFlag(RecipientLineDeviations.Semicolon)) yield return (recipients[i], MessageWord.Recipients.Semicolon);
        }
    }
}
