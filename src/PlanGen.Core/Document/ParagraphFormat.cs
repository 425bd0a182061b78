namespace PlanGen.Core.Document;

/// <summary>
/// A paragraph's effective formatting: document defaults, the style chain, table and direct
/// formatting already resolved. Null members are ones the source leaves to the application.
/// </summary>
/// <param name="StyleName">The paragraph style's name as the document names it.</param>
/// <param name="Alignment">Horizontal alignment.</param>
/// <param name="FirstLineIndentMm">First-line indent (negative for a hanging indent).</param>
/// <param name="LeftIndentMm">Left indent.</param>
/// <param name="SpaceBeforePt">Space before.</param>
/// <param name="SpaceAfterPt">Space after.</param>
/// <param name="LineSpacing">Line spacing as a multiple of single, when given as a multiple.</param>
/// <param name="LineSpacingPt">Line spacing in points, when exact or at least.</param>
/// <param name="Runs">Effective run formatting, one per inline run of the paragraph (breaks included), in order.</param>
public sealed record ParagraphFormat(
    string? StyleName,
    TextAlignment? Alignment,
    double? FirstLineIndentMm,
    double? LeftIndentMm,
    double? SpaceBeforePt,
    double? SpaceAfterPt,
    double? LineSpacing,
    double? LineSpacingPt,
    IReadOnlyList<RunFormat> Runs)
{
    /// <summary>True when a border is drawn under the paragraph (how Word draws a short line under a heading).</summary>
    public bool BorderBelow { get; init; }

    /// <summary>Right indent, in millimetres.</summary>
    public double? RightIndentMm { get; init; }
}
