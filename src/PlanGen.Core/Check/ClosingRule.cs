using PlanGen.Core.Diagnostics;
using PlanGen.Core.Document.Grammar;
using static PlanGen.Core.Check.HeaderRule;

namespace PlanGen.Core.Check;

/// <summary>Boxes 7 and 9: "Nơi nhận:", the recipients ending with "- Lưu: VT, …", the signing lines and the signer's name.</summary>
internal sealed class ClosingRule : ICheckRule
{
    public void Check(DocumentCheckContext context)
    {
        var parts = context.Parts;
        // A plan issued with a decision, filed apart, is signed in the decision.
        if (parts.StandsIssued && parts.RecipientsHeading is null) return;
        Item(context, parts.RecipientsHeading, MessageWord.Part.RecipientsHeading, new Look(null, true, true, "RecipientsHeadingSizePt", false), required: true);
        if (parts.RecipientsHeading is null) return;

        foreach (var recipient in parts.Recipients)
        {
            Item(context, recipient, MessageWord.Part.Recipient, new Look(null, null, false, "RecipientsSizePt", false), required: true);
        }

        foreach (var (at, problem) in RecipientsProblems(parts.Recipients))
        {
            context.At(at.Paragraph, DiagnosticCode.CheckRecipients, DocumentCheckContext.FirstWords(at.Text), problem);
        }

        if (parts.Recipients.Count == 0)
        {
            context.At(parts.RecipientsHeading.Paragraph, DiagnosticCode.CheckRecipients, parts.RecipientsHeading.Text, MessageWord.Recipients.Archive);
        }

        // A draft or a plan signed by its head alone may still lack these; the signed copy may not.
        if (parts.SigningLines.Count == 0) context.AtFile(DiagnosticCode.CheckSigningIncomplete, MessageWord.Part.Signing);
        if (parts.SignerName is null) context.AtFile(DiagnosticCode.CheckSigningIncomplete, MessageWord.Part.Signer);
        foreach (var line in parts.SigningLines)
        {
            Item(context, line, MessageWord.Part.Signing, new Look(true, true, false, "SignatureSizePt", false), required: true);
        }

        Item(context, parts.SignerName, MessageWord.Part.Signer, new Look(null, true, false, "SignatureSizePt", false), required: false);
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
