using PlanGen.Core.Diagnostics;
using PlanGen.Core.Document.Reading;

namespace PlanGen.Core.Check;

/// <summary>
/// Boxes 1–5 of the first page: national title, motto, governing and issuing body, number line,
/// place and date, document type and subject; each is found, sized, emphasised and lined as the
/// decree asks.
/// </summary>
internal sealed class HeaderRule : ICheckRule
{
    internal sealed record Look(bool? Upper, bool? Bold, bool Italic, string SizeSetting, bool Line);

    public void Check(CheckContext context)
    {
        var parts = context.Parts;
        Item(context, parts.NationalTitle, "nationaltitle", new Look(true, true, false, "NationalTitleSizePt", false), required: true);
        Item(context, parts.Motto, "motto", new Look(null, true, false, "MottoSizePt", true), required: true);
        Item(context, parts.Governing, "governing", new Look(true, null, false, "GoverningSizePt", false), required: false);
        Item(context, parts.Issuer, "issuer", new Look(true, true, false, "IssuerSizePt", true), required: true);
        Item(context, parts.Number, "number", new Look(null, null, false, "NumberSizePt", false), required: true);
        Item(context, parts.PlaceDate, "placedate", new Look(null, null, true, "PlaceDateSizePt", false), required: true);
        Item(context, parts.DocumentType, "doctype", new Look(true, true, false, "DocumentTypeSizePt", false), required: true);
        if (parts.DocumentType is null) return;
        if (parts.Subject.Count == 0)
        {
            context.AtFile(DiagnosticCode.CheckPartMissing, "@part.subject");
            return;
        }

        for (var i = 0; i < parts.Subject.Count; i++)
        {
            Item(context, parts.Subject[i], "subject", new Look(null, true, false, "SubjectSizePt", i == parts.Subject.Count - 1), required: true);
        }
    }

    internal static void Item(CheckContext context, TextSegment? segment, string part, Look look, bool required)
    {
        if (segment is null)
        {
            if (required) context.AtFile(DiagnosticCode.CheckPartMissing, "@part." + part);
            return;
        }

        var words = CheckContext.FirstWords(segment.Text);
        var range = context.Ranges[look.SizeSetting];
        var wrong = segment.Sizes.Where(size => !range.Allows(size, CheckContext.SizeTolerance)).ToList();
        if (wrong.Count > 0)
        {
            context.At(segment.Paragraph, DiagnosticCode.CheckPartSize, words, "@part." + part, LayoutRange.Print(wrong[0]), range.ToString());
        }

        string? found = null, expected = null;
        if (look.Upper == true && !segment.UpperCase) (found, expected) = ("@look.notupper", "@look.upper");
        else if (look.Bold == true && !segment.Bold) (found, expected) = ("@look.notbold", "@look.bold");
        else if (look.Bold == false && segment.AnyBold) (found, expected) = ("@look.bold", "@look.notbold");
        else if (look.Italic && !segment.Italic) (found, expected) = ("@look.upright", "@look.italic");
        else if (!look.Italic && segment.AnyItalic) (found, expected) = ("@look.italic", "@look.upright");
        if (found is not null)
        {
            context.At(segment.Paragraph, DiagnosticCode.CheckPartStyle, words, "@part." + part, found, expected!);
        }

        if (look.Line && !HasLineUnder(context, segment))
        {
            context.At(segment.Paragraph, DiagnosticCode.CheckPartLine, words, "@part." + part);
        }
    }

    /// <summary>A line under: underlined text, a bottom border, a drawn line, or an empty bordered paragraph right after.</summary>
    internal static bool HasLineUnder(CheckContext context, TextSegment segment)
    {
        var paragraph = segment.Paragraph;
        if (segment.Runs.Count > 0 && segment.Runs.All(r => r.Underline)) return true;
        if (paragraph.DrawsLine || paragraph.Format?.BorderBelow == true) return true;
        var all = context.Parts.Paragraphs;
        var index = IndexOf(all, paragraph);
        for (var next = index + 1; next < Math.Min(all.Count, index + 3); next++)
        {
            var candidate = all[next].Paragraph;
            if (candidate.DrawsLine || candidate.Format?.BorderBelow == true) return true;
            if (candidate.Text.Trim().Length > 0) break;
        }

        return false;
    }

    private static int IndexOf(IReadOnlyList<(SourceParagraph Paragraph, SourceTable? Table, int Section)> all, SourceParagraph paragraph)
    {
        for (var i = 0; i < all.Count; i++)
        {
            if (ReferenceEquals(all[i].Paragraph, paragraph)) return i;
        }

        return -1;
    }
}
