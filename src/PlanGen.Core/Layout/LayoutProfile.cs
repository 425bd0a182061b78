namespace PlanGen.Core.Layout;

/// <summary>
/// Every number of the page and type layout in one place. The defaults are Decree 30/2020/NĐ-CP's
/// (Appendix I) as docs/nd30-layout.md states them; an office may override values inside the
/// decree's ranges, and <see cref="Validate"/> names the rule any other value breaks.
/// </summary>
public sealed record LayoutProfile
{
    /// <summary>The decree's defaults.</summary>
    public static LayoutProfile Nd30 { get; } = new();

    public string FontName { get; init; } = "Times New Roman";
    public double PageWidthMm { get; init; } = 210;
    public double PageHeightMm { get; init; } = 297;
    public double MarginTopMm { get; init; } = 20;
    public double MarginBottomMm { get; init; } = 20;
    public double MarginLeftMm { get; init; } = 30;
    public double MarginRightMm { get; init; } = 15;

    /// <summary>Distance of the page-number header from the page edge.</summary>
    public double HeaderDistanceMm { get; init; } = 10;
    public double PageNumberSizePt { get; init; } = 14;

    public double NationalTitleSizePt { get; init; } = 13;
    public double MottoSizePt { get; init; } = 14;
    public double GoverningSizePt { get; init; } = Core.Document.HeaderBox.BodySizePt;
    public double IssuerSizePt { get; init; } = Core.Document.HeaderBox.BodySizePt;
    public double NumberSizePt { get; init; } = 13;
    public double PlaceDateSizePt { get; init; } = 14;
    public double HeaderLeftColumnCm { get; init; } = Core.Document.HeaderBox.LeftColumnCm;

    /// <summary>Length of the line under the issuer and the subject, as a share of the text's length.</summary>
    public double ShortLineShare { get; init; } = 0.4;

    public double DocumentTypeSizePt { get; init; } = 14;
    public double SubjectSizePt { get; init; } = 14;

    /// <summary>A công văn's "V/v …" subject under its number (Form 1.5).</summary>
    public double LetterSubjectSizePt { get; init; } = 12;

    public double BodySizePt { get; init; } = 14;
    public double FirstLineIndentCm { get; init; } = 1.27;
    public double SpaceAfterPt { get; init; } = 6;
    public double LineSpacing { get; init; } = 1.15;

    public double SignatureSizePt { get; init; } = 14;
    public int SignatureBlankLines { get; init; } = 4;
    public double RecipientsHeadingSizePt { get; init; } = 12;
    public double RecipientsSizePt { get; init; } = 11;
    public double ClosingLeftColumnShare { get; init; } = 0.45;

    public double TableSizePt { get; init; } = 13;

    /// <summary>An appendix table with at least this many columns goes on landscape pages.</summary>
    public int LandscapeMinColumns { get; init; } = 5;

    /// <summary>Values outside the decree's ranges, each with the rule it breaks; empty when all are allowed.</summary>
    public IReadOnlyList<ProfileViolation> Validate()
    {
        var violations = new List<ProfileViolation>();
        if (!string.Equals(FontName, "Times New Roman", StringComparison.Ordinal))
        {
            violations.Add(new ProfileViolation(nameof(FontName), double.NaN, "Page: the font is Times New Roman (Unicode, TCVN 6909:2001)"));
        }

        foreach (var range in ProfileRanges.All)
        {
            var value = range.Read(this);
            if (double.IsNaN(value) || value < range.Min || value > range.Max)
            {
                violations.Add(new ProfileViolation(range.Setting, value, range.Rule));
            }
        }

        return violations;
    }
}
