namespace PlanGen.Core.Check;

/// <summary>
/// The ranges a document is judged by, keyed by the layout profile's setting names. They are made
/// from the same table the DOCX writer's profile is checked against (the layout's
/// <c>ProfileRanges</c>), so the writer and the checker cannot disagree.
/// </summary>
/// <param name="Ranges">Setting name (<c>BodySizePt</c>, <c>MarginTopMm</c>, …) → its range.</param>
/// <param name="Font">The font every run must use.</param>
/// <param name="LandscapeMinColumns">An appendix table with this many columns belongs on landscape pages.</param>
public sealed record CheckRanges(IReadOnlyDictionary<string, LayoutRange> Ranges, string Font, int LandscapeMinColumns)
{
    /// <summary>The settings the rules read; a range table must hold every one.</summary>
    public static IReadOnlyList<string> Required { get; } =
    [
        "PageWidthMm", "PageHeightMm", "MarginTopMm", "MarginBottomMm", "MarginLeftMm", "MarginRightMm",
        "PageNumberSizePt", "NationalTitleSizePt", "MottoSizePt", "GoverningSizePt", "IssuerSizePt", "NumberSizePt",
        "PlaceDateSizePt", "DocumentTypeSizePt", "SubjectSizePt", "LetterSubjectSizePt", "BodySizePt", "FirstLineIndentCm", "SpaceAfterPt",
        "LineSpacing", "SignatureSizePt", "RecipientsHeadingSizePt", "RecipientsSizePt",
    ];

    /// <summary>The range of one setting.</summary>
    public LayoutRange this[string setting] => Ranges[setting];
}
