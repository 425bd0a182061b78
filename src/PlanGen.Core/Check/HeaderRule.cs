using PlanGen.Core.Diagnostics;
using PlanGen.Core.Document;
using PlanGen.Core.Recognition;

namespace PlanGen.Core.Check;

/// <summary>
/// Boxes 1–5 of the first page: national title, motto, governing and issuing body, number line,
/// place and date, document type and subject; each is found, sized, emphasised and lined as the
/// decree asks.
/// </summary>
internal sealed class HeaderRule : ICheckRule
{
    internal sealed record Look(bool? Upper, bool? Bold, bool Italic, string SizeSetting, bool Line);

    public void Check(DocumentCheckContext context)
    {
        var outline = context.Outline;
        // A plan issued with a decision, filed apart, has the decision's header, not one of its own.
        var boxes = !outline.StandsIssued;
        Item(context, outline.NationalTitle, MessageWord.Part.NationalTitle, new Look(true, true, false, "NationalTitleSizePt", false), required: boxes);
        Item(context, outline.Motto, MessageWord.Part.Motto, new Look(null, true, false, "MottoSizePt", true), required: boxes);
        // A name over several lines is held to its look on every line; the short line goes under the last.
        foreach (var line in outline.GoverningLines) Item(context, line, MessageWord.Part.Governing, new Look(true, null, false, "GoverningSizePt", false), required: false);
        foreach (var line in outline.IssuerLines.SkipLast(1)) Item(context, line, MessageWord.Part.Issuer, new Look(true, true, false, "IssuerSizePt", false), required: true);
        Item(context, outline.Issuer, MessageWord.Part.Issuer, new Look(true, true, false, "IssuerSizePt", true), required: boxes);
        Item(context, outline.Number, MessageWord.Part.Number, new Look(null, null, false, "NumberSizePt", false), required: boxes);
        Item(context, outline.PlaceDate, MessageWord.Part.PlaceDate, new Look(null, null, true, "PlaceDateSizePt", false), required: boxes);
        if (outline.IsLetter)
        {
            // Form 1.5: no type title; the "V/v" subject under the number, upright, 12–13 pt.
            Item(context, outline.LetterSubject, MessageWord.Part.LetterSubject, new Look(null, false, false, "LetterSubjectSizePt", false), required: true);
            if (outline.Addressee is null) context.AtFile(DiagnosticCode.CheckLetterAddresseeMissing);
            return;
        }

        if (outline.DocumentType is null && TypeLineRunTogether.Find(outline) is var (together, type))
        {
            // The type line is there, on one line with the subject: not missing, to be broken in two.
            context.At(together, DiagnosticCode.CheckTypeRunTogether, DocumentCheckContext.FirstWords(together.Text), type);
            return;
        }
        Item(context, outline.DocumentType, MessageWord.Part.DocumentType, new Look(true, true, false, "DocumentTypeSizePt", false), required: true);
        if (outline.DocumentType is null) return;
        if (outline.Subject.Count == 0)
        {
            context.AtFile(DiagnosticCode.CheckPartMissing, MessageWord.Part.Subject);
            return;
        }

        for (var i = 0; i < outline.Subject.Count; i++)
        {
            Item(context, outline.Subject[i], MessageWord.Part.Subject, new Look(null, true, false, "SubjectSizePt", i == outline.Subject.Count - 1 && boxes), required: true);
        }
    }

    internal static void Item(DocumentCheckContext context, TextSegment? segment, MessageWord part, Look look, bool required)
    {
        if (segment is null)
        {
            if (required) context.AtFile(DiagnosticCode.CheckPartMissing, part);
            return;
        }

        var words = DocumentCheckContext.FirstWords(segment.Text);
        var range = context.Ranges[look.SizeSetting];
        var wrong = segment.Sizes.Where(size => !range.Allows(size, DocumentCheckContext.SizeTolerance)).ToList();
        if (wrong.Count > 0)
        {
            context.OnParagraph(segment.Paragraph, DiagnosticCode.CheckPartSize, words, part, LayoutRange.Measure(wrong[0]), range.Measured());
        }

        (MessageWord Found, MessageWord Expected)? style = null;
        if (look.Upper == true && !segment.UpperCase) style = (MessageWord.Look.NotUpper, MessageWord.Look.Upper);
        else if (look.Bold == true && !segment.Bold) style = (MessageWord.Look.NotBold, MessageWord.Look.Bold);
        else if (look.Bold == false && segment.AnyBold) style = (MessageWord.Look.Bold, MessageWord.Look.NotBold);
        else if (look.Italic && !segment.Italic) style = (MessageWord.Look.Upright, MessageWord.Look.Italic);
        else if (!look.Italic && segment.AnyItalic) style = (MessageWord.Look.Italic, MessageWord.Look.Upright);
        if (style is (var found, var expected))
        {
            context.OnParagraph(segment.Paragraph, DiagnosticCode.CheckPartStyle, words, part, found, expected);
        }

        if (look.Line && !HasLineUnder(context, segment))
        {
            context.OnParagraph(segment.Paragraph, DiagnosticCode.CheckPartLine, words, part);
        }
    }

    /// <summary>A line under: underlined text, a bottom border, a drawn line, or an empty bordered paragraph right after.</summary>
    internal static bool HasLineUnder(DocumentCheckContext context, TextSegment segment)
    {
        var paragraph = segment.Paragraph;
        if (segment.Runs.Count > 0 && segment.Runs.All(r => r.Underline)) return true;
        if (paragraph.DrawsLine || paragraph.Format?.BorderBelow == true) return true;
        var all = context.Outline.Paragraphs;
        var index = IndexOf(all, paragraph);
        for (var next = index + 1; next < Math.Min(all.Count, index + 3); next++)
        {
            var candidate = all[next].Paragraph;
            if (candidate.DrawsLine || candidate.Format?.BorderBelow == true) return true;
            if (candidate.Text.Trim().Length > 0) break;
        }

        return false;
    }

    private static int IndexOf(IReadOnlyList<OutlineParagraph> all, Paragraph paragraph)
    {
        for (var i = 0; i < all.Count; i++)
        {
            if (ReferenceEquals(all[i].Paragraph, paragraph)) return i;
        }

        return -1;
    }
}
