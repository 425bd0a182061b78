namespace PlanGen.Core.Layout;

/// <summary>The decree's allowed range for each numeric profile value (docs/nd30-layout.md).</summary>
internal static class ProfileRanges
{
    internal sealed record Range(string Setting, Func<LayoutProfile, double> Read, Func<LayoutProfile, double, LayoutProfile> With, double Min, double Max, string Rule)
    {
        /// <summary>The key an office writes in its profile file: MarginTopMm → margin_top_mm.</summary>
        public string Key { get; } = string.Concat(Setting.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
    }

    public static IReadOnlyList<Range> All { get; } =
    [
        new(nameof(LayoutProfile.PageWidthMm), p => p.PageWidthMm, (p, v) => p with { PageWidthMm = v }, 210, 210, "Page: paper is A4, 210 × 297 mm"),
        new(nameof(LayoutProfile.PageHeightMm), p => p.PageHeightMm, (p, v) => p with { PageHeightMm = v }, 297, 297, "Page: paper is A4, 210 × 297 mm"),
        new(nameof(LayoutProfile.MarginTopMm), p => p.MarginTopMm, (p, v) => p with { MarginTopMm = v }, 20, 25, "Page: margin top 20–25 mm"),
        new(nameof(LayoutProfile.MarginBottomMm), p => p.MarginBottomMm, (p, v) => p with { MarginBottomMm = v }, 20, 25, "Page: margin bottom 20–25 mm"),
        new(nameof(LayoutProfile.MarginLeftMm), p => p.MarginLeftMm, (p, v) => p with { MarginLeftMm = v }, 30, 35, "Page: margin left 30–35 mm"),
        new(nameof(LayoutProfile.MarginRightMm), p => p.MarginRightMm, (p, v) => p with { MarginRightMm = v }, 15, 20, "Page: margin right 15–20 mm"),
        new(nameof(LayoutProfile.HeaderDistanceMm), p => p.HeaderDistanceMm, (p, v) => p with { HeaderDistanceMm = v }, 5, 20, "Page: page numbers are in the top margin"),
        new(nameof(LayoutProfile.PageNumberSizePt), p => p.PageNumberSizePt, (p, v) => p with { PageNumberSizePt = v }, 13, 14, "Page: page numbers are size 13–14"),
        new(nameof(LayoutProfile.NationalTitleSizePt), p => p.NationalTitleSizePt, (p, v) => p with { NationalTitleSizePt = v }, 12, 13, "Box 1: national title 12–13 pt"),
        new(nameof(LayoutProfile.MottoSizePt), p => p.MottoSizePt, (p, v) => p with { MottoSizePt = v }, 13, 14, "Box 1: motto 13–14 pt"),
        new(nameof(LayoutProfile.GoverningSizePt), p => p.GoverningSizePt, (p, v) => p with { GoverningSizePt = v }, 12, 13, "Box 2: governing body 12–13 pt"),
        new(nameof(LayoutProfile.IssuerSizePt), p => p.IssuerSizePt, (p, v) => p with { IssuerSizePt = v }, 12, 13, "Box 2: issuing body 12–13 pt"),
        new(nameof(LayoutProfile.NumberSizePt), p => p.NumberSizePt, (p, v) => p with { NumberSizePt = v }, 13, 13, "Box 3: number and code 13 pt"),
        new(nameof(LayoutProfile.PlaceDateSizePt), p => p.PlaceDateSizePt, (p, v) => p with { PlaceDateSizePt = v }, 13, 14, "Box 4: place and date 13–14 pt"),
        new(nameof(LayoutProfile.HeaderLeftColumnCm), p => p.HeaderLeftColumnCm, (p, v) => p with { HeaderLeftColumnCm = v }, 6, 7, "Header: left column about 6–7 cm"),
        new(nameof(LayoutProfile.ShortLineShare), p => p.ShortLineShare, (p, v) => p with { ShortLineShare = v }, 1.0 / 3, 0.5, "Box 2/5a: the line under is 1/3–1/2 of the text"),
        new(nameof(LayoutProfile.DocumentTypeSizePt), p => p.DocumentTypeSizePt, (p, v) => p with { DocumentTypeSizePt = v }, 13, 14, "Box 5a: document type 13–14 pt"),
        new(nameof(LayoutProfile.SubjectSizePt), p => p.SubjectSizePt, (p, v) => p with { SubjectSizePt = v }, 13, 14, "Box 5a: subject 13–14 pt"),
        new(nameof(LayoutProfile.LetterSubjectSizePt), p => p.LetterSubjectSizePt, (p, v) => p with { LetterSubjectSizePt = v }, 12, 13, "Form 1.5: a letter's V/v subject 12–13 pt"),
        new(nameof(LayoutProfile.BodySizePt), p => p.BodySizePt, (p, v) => p with { BodySizePt = v }, 13, 14, "Body: size 13–14 pt"),
        new(nameof(LayoutProfile.FirstLineIndentCm), p => p.FirstLineIndentCm, (p, v) => p with { FirstLineIndentCm = v }, 1, 1.27, "Body: first-line indent 1 cm or 1.27 cm"),
        new(nameof(LayoutProfile.SpaceAfterPt), p => p.SpaceAfterPt, (p, v) => p with { SpaceAfterPt = v }, 6, double.MaxValue, "Body: at least 6 pt between paragraphs"),
        new(nameof(LayoutProfile.LineSpacing), p => p.LineSpacing, (p, v) => p with { LineSpacing = v }, 1, 1.5, "Body: line spacing from single up to 1.5 lines"),
        new(nameof(LayoutProfile.SignatureSizePt), p => p.SignatureSizePt, (p, v) => p with { SignatureSizePt = v }, 13, 14, "Box 7: signature 13–14 pt"),
        new(nameof(LayoutProfile.SignatureBlankLines), p => p.SignatureBlankLines, (p, v) => p with { SignatureBlankLines = (int)v }, 3, 6, "Box 7b: room for signature and seal, about 4 blank lines"),
        new(nameof(LayoutProfile.RecipientsHeadingSizePt), p => p.RecipientsHeadingSizePt, (p, v) => p with { RecipientsHeadingSizePt = v }, 12, 12, "Box 9a: 'Nơi nhận:' 12 pt"),
        new(nameof(LayoutProfile.RecipientsSizePt), p => p.RecipientsSizePt, (p, v) => p with { RecipientsSizePt = v }, 11, 11, "Box 9b: recipients 11 pt"),
        new(nameof(LayoutProfile.ClosingLeftColumnShare), p => p.ClosingLeftColumnShare, (p, v) => p with { ClosingLeftColumnShare = v }, 0.3, 0.6, "Closing block: two columns, recipients left, signature right"),
        new(nameof(LayoutProfile.TableSizePt), p => p.TableSizePt, (p, v) => p with { TableSizePt = v }, 12, 13, "Appendix: 12–13 pt inside tables"),
        new(nameof(LayoutProfile.LandscapeMinColumns), p => p.LandscapeMinColumns, (p, v) => p with { LandscapeMinColumns = (int)v }, 1, 100, "Page: landscape for wide tables"),
    ];
}
