namespace PlanGen.Core.Model;

/// <summary>
/// A plan (Kế hoạch) as read from its YAML: semantic content, no layout. Templates decide order
/// and wording; the layout profile decides how it looks. Built with an object initializer: the four
/// values every plan has are required, every other part is absent or empty unless set.
/// </summary>
public sealed record Plan : ModelNode
{
    /// <summary>The YAML file it was read from.</summary>
    public required string SourcePath { get; init; }

    /// <summary>The template it names, e.g. "ke-hoach-atgt".</summary>
    public string? Template { get; init; }

    /// <summary>Document type code, "KH".</summary>
    public required string TypeCode { get; init; }

    /// <summary>The issuing body.</summary>
    public required Issuer Issuer { get; init; }

    /// <summary>Số: the number once issued; absent in a draft.</summary>
    public DocumentNumber? Number { get; init; }

    /// <summary>The issue date; a month only in a draft.</summary>
    public VnDate? Date { get; init; }

    /// <summary>Trích yếu — the subject line.</summary>
    public required string Title { get; init; }

    /// <summary>Chủ đề of the year.</summary>
    public string? Theme { get; init; }

    /// <summary>The period the plan covers.</summary>
    public Period? Period { get; init; }

    /// <summary>The parent plan, by path or by citation.</summary>
    public ParentReference? Parent { get; init; }

    /// <summary>Other cited bases, before the parent.</summary>
    public IReadOnlyList<Citation> Basis { get; init; } = [];

    /// <summary>How the bases are laid out.</summary>
    public BasisLayout BasisLayout { get; init; } = BasisLayout.Sentence;

    /// <summary>The statement after the bases: "UBND tỉnh ban hành Kế hoạch … như sau:".</summary>
    public string? Introduction { get; init; }

    /// <summary>Mục đích.</summary>
    public Section? Purpose { get; init; }

    /// <summary>Yêu cầu.</summary>
    public Section? Requirements { get; init; }

    /// <summary>Mục tiêu.</summary>
    public Section? Targets { get; init; }

    /// <summary>Đối tượng thực hiện.</summary>
    public Section? Subjects { get; init; }

    /// <summary>Nội dung — the content items.</summary>
    public Section? Content { get; init; }

    /// <summary>Tổ chức thực hiện.</summary>
    public Section? Organization { get; init; }

    /// <summary>Kinh phí thực hiện.</summary>
    public Section? Budget { get; init; }

    /// <summary>Khen thưởng, when it is its own part.</summary>
    public Section? Rewards { get; init; }

    /// <summary>Further parts, printed where the template puts extras.</summary>
    public IReadOnlyList<Section> Extra { get; init; } = [];

    /// <summary>The closing sentence, "Trên đây là …" (the "./." is added).</summary>
    public string? Closing { get; init; }

    /// <summary>The appendix task table.</summary>
    public Appendix? Appendix { get; init; }

    /// <summary>Nơi nhận.</summary>
    public IReadOnlyList<Recipient> Recipients { get; init; } = [];

    /// <summary>Lưu: the archive line's entries ("VT", "KH (NC08)").</summary>
    public IReadOnlyList<string> Archive { get; init; } = [];

    /// <summary>The signing block.</summary>
    public Signature? Signature { get; init; }

    /// <summary>units.yaml given by the plan or found beside it.</summary>
    public string? UnitsPath { get; init; }

    /// <summary>The year the plan is for: its period's, else its date's.</summary>
    public int? Year => Period?.From.Year ?? Date?.Year;
}
