namespace PlanGen.Core.Model;

/// <summary>
/// A plan (Kế hoạch) as read from its YAML: semantic content, no layout. Templates decide wording,
/// and the order of the parts unless the plan lists them in its own; the layout profile decides how
/// it looks. Built with an object initializer: the four values every plan has are required, every
/// other part is absent or empty unless set. It says exactly what its YAML says
/// (the format's table, <c>PlanFormat</c>, describes both).
/// </summary>
public sealed record Plan : FamilyDocument
{
    /// <summary>Chủ đề of the year.</summary>
    public string? Theme { get; init; }

    /// <summary>The period the plan covers.</summary>
    public Period? Period { get; init; }

    /// <summary>Chế độ báo cáo: where the units' reports on this plan go, which reports, by when.</summary>
    public ReportingRule? Reporting { get; init; }

    /// <summary>The parent plan, by path or by citation.</summary>
    public ParentReference? Parent { get; init; }

    /// <summary>Other cited bases, before the parent unless <see cref="ParentInBasis"/> says where it is cited.</summary>
    public IReadOnlyList<Citation> Basis { get; init; } = [];

    /// <summary>Where the parent is cited among the bases (0: first); null: after them, as most plans cite it.</summary>
    public int? ParentInBasis { get; init; }

    /// <summary>How the bases are laid out.</summary>
    public BasisLayout BasisLayout { get; init; } = BasisLayout.Sentence;

    /// <summary>The statement after the bases: "UBND tỉnh ban hành Kế hoạch … như sau:".</summary>
    public string? Introduction { get; init; }

    /// <summary>
    /// The body's parts. Written as <c>parts:</c> (<see cref="PartsInOrder"/>) they are printed in
    /// this order; written under the fixed keys (<c>purpose:</c>, <c>content:</c>, …) each carries its
    /// key's kind, the free ones (<c>extra:</c>) none, and the template decides their order.
    /// </summary>
    public IReadOnlyList<Section> Parts { get; init; } = [];

    /// <summary>True when the body was written as a list of parts, in the document's order.</summary>
    public bool PartsInOrder { get; init; }

    /// <summary>Mục đích.</summary>
    public Section? Purpose { get => Part(PartKind.Purpose); init => Parts = WithPart(PartKind.Purpose, value); }

    /// <summary>Yêu cầu.</summary>
    public Section? Requirements { get => Part(PartKind.Requirements); init => Parts = WithPart(PartKind.Requirements, value); }

    /// <summary>Mục tiêu.</summary>
    public Section? Targets { get => Part(PartKind.Targets); init => Parts = WithPart(PartKind.Targets, value); }

    /// <summary>Đối tượng thực hiện.</summary>
    public Section? Subjects { get => Part(PartKind.Subjects); init => Parts = WithPart(PartKind.Subjects, value); }

    /// <summary>Nội dung — the content items.</summary>
    public Section? Content { get => Part(PartKind.Content); init => Parts = WithPart(PartKind.Content, value); }

    /// <summary>Tổ chức thực hiện.</summary>
    public Section? Organization { get => Part(PartKind.Organization); init => Parts = WithPart(PartKind.Organization, value); }

    /// <summary>Kinh phí thực hiện.</summary>
    public Section? Budget { get => Part(PartKind.Budget); init => Parts = WithPart(PartKind.Budget, value); }

    /// <summary>Nguồn kinh phí — where the money comes from, printed at the head of the budget part.</summary>
    public string? BudgetSource { get; init; }

    /// <summary>Khen thưởng, when it is its own part.</summary>
    public Section? Rewards { get => Part(PartKind.Rewards); init => Parts = WithPart(PartKind.Rewards, value); }

    /// <summary>The free parts, each with its own heading: printed where the template puts extras.</summary>
    public IReadOnlyList<Section> Extra
    {
        get => [.. Parts.Where(p => p.Kind is null)];
        init => Parts = [.. Parts.Where(p => p.Kind is not null), .. value];
    }

    /// <summary>The closing sentence, "Trên đây là …" (the "./." is added).</summary>
    public string? Closing { get; init; }

    /// <summary>The appendix task table.</summary>
    public Appendix? Appendix { get; init; }

    /// <summary>How part headings are printed, unless a part says otherwise.</summary>
    public HeadingCase HeadingCase { get; init; }

    /// <summary>How the parts are numbered: "I.", "A." or "Phần I.", as the document numbers them.</summary>
    public PartNumbering PartNumbering { get; init; }

    /// <summary>The year the plan is for: its period's, else its date's.</summary>
    public override int? Year => Period?.From.Year ?? Date?.Year;

    /// <summary>
    /// The part of a kind: a part, or in a body written as <c>parts:</c> also a clause of one (Part I
    /// "MỤC ĐÍCH, YÊU CẦU" holding the purpose and the requirements).
    /// </summary>
    public Section? Part(PartKind kind) =>
        Parts.FirstOrDefault(p => p.Kind == kind)
        ?? (PartsInOrder ? Parts.SelectMany(p => p.Items).FirstOrDefault(c => c.Kind == kind) : null);

    private IReadOnlyList<Section> WithPart(PartKind kind, Section? part) =>
        part is null ? [.. Parts.Where(p => p.Kind != kind)] : [.. Parts.Where(p => p.Kind != kind), part with { Kind = kind }];
}
