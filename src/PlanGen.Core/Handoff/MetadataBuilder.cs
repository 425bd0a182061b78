using System.Text.RegularExpressions;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Document.Grammar;
using PlanGen.Core.Model;
using PlanGen.Core.Templating;
using PlanGen.Core.Text;
using PlanGen.Core.Units;

namespace PlanGen.Core.Handoff;

/// <summary>The Appendix VI metadata of a document of the family, from its model and its units.yaml.</summary>
public static partial class MetadataBuilder
{
    /// <summary>The metadata of <paramref name="document"/> built to <paramref name="docxPath"/>; <paramref name="pages"/> from its PDF, or null without one.</summary>
    public static DocumentMetadata For(PlanGenRun run, IFamilyDocument document, string docxPath, string? pdfPath, int? pages)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(document);
        // units.yaml as validation finds it: named by the document, else beside it.
        var units = Validation.PlanValidator.UnitsFileOf(document) is { } path && File.Exists(path) ? run.UnitRegistries.Load(path, new DiagnosticBag()) : null;
        var number = document.Number?.Value;
        var signature = document.Signature;
        return new DocumentMetadata(
            document.TypeCode,
            TypeNames.Of(document.TypeCode),
            number,
            number is null ? null : VietnameseFormat.NumberReference(number, document.TypeCode, document.Issuer.Code),
            document.Date?.ToIsoText(),
            document.Issuer.Name,
            document.Issuer.Code,
            document.Issuer.UnitId,
            OneLine(document.Title),
            "vi",
            pages,
            signature is null ? null : signature.Office ?? signature.Head,
            signature?.Name,
            [.. document.Recipients.Select(r => new MetadataRecipient(OneLine(r.Text), UnitOf(r, units)))],
            document.Urgency is { } urgency ? Format.Choices.Urgency.VietnameseOf(urgency) : null,
            document.Copies,
            document.ReplyDeadline?.ToIsoText(),
            Path.GetFileName(docxPath),
            pdfPath is null ? null : Path.GetFileName(pdfPath));
    }

    private static string OneLine(string text) =>
        FootnoteMarks.Strip(MarkupText.StripEmphasis(text)).ReplaceLineEndings(" ").Trim();

    // A recipient names its unit by id, or by a name units.yaml knows once its mark "(b/c)" is left aside.
    private static string? UnitOf(Recipient recipient, UnitMatcher? units) =>
        units is null ? null : (units.Find(recipient.Unit ?? Mark().Replace(recipient.Text, "").Trim()) ?? (recipient.Unit is null ? null : units.Find(recipient.Text)))?.Id;

    [GeneratedRegex(@"\s*\([^()]*\)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Mark();
}
