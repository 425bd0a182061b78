namespace PlanGen.Core.Model;

/// <summary>
/// A plan (Kế hoạch) as read from its YAML: semantic content, no layout. Templates decide order
/// and wording; the layout profile decides how it looks.
/// </summary>
/// <param name="SourcePath">The YAML file it was read from.</param>
/// <param name="Template">The template it names, e.g. "ke-hoach-atgt".</param>
/// <param name="TypeCode">Document type code, "KH".</param>
/// <param name="Title">Trích yếu — the subject line.</param>
/// <param name="Theme">Chủ đề of the year.</param>
/// <param name="Basis">Other cited bases, before the parent.</param>
/// <param name="Introduction">The statement after the bases: "UBND tỉnh ban hành Kế hoạch … như sau:".</param>
/// <param name="Targets">Mục tiêu.</param>
/// <param name="Subjects">Đối tượng thực hiện.</param>
/// <param name="Content">Nội dung — the content items.</param>
/// <param name="Organization">Tổ chức thực hiện.</param>
/// <param name="Budget">Kinh phí thực hiện.</param>
/// <param name="Rewards">Khen thưởng, when it is its own part.</param>
/// <param name="Extra">Further parts, printed where the template puts extras.</param>
/// <param name="Closing">The closing sentence, "Trên đây là …" (the "./." is added).</param>
/// <param name="Archive">Lưu: the archive line's entries ("VT", "KH (NC08)").</param>
/// <param name="UnitsPath">units.yaml given by the plan or found beside it.</param>
public sealed record Plan(
    string SourcePath,
    string? Template,
    string TypeCode,
    Issuer Issuer,
    DocumentNumber? Number,
    VnDate? Date,
    string Title,
    string? Theme,
    Period? Period,
    ParentReference? Parent,
    IReadOnlyList<Citation> Basis,
    BasisLayout BasisLayout,
    string? Introduction,
    Section? Purpose,
    Section? Requirements,
    Section? Targets,
    Section? Subjects,
    Section? Content,
    Section? Organization,
    Section? Budget,
    Section? Rewards,
    IReadOnlyList<Section> Extra,
    string? Closing,
    Appendix? Appendix,
    IReadOnlyList<Recipient> Recipients,
    IReadOnlyList<string> Archive,
    Signature? Signature,
    string? UnitsPath) : ModelNode
{
    /// <summary>How part headings are printed, unless a part says otherwise.</summary>
    public HeadingCase HeadingCase { get; init; }

    /// <summary>The year the plan is for: its period's, else its date's.</summary>
    public int? Year => Period?.From.Year ?? Date?.Year;
}
