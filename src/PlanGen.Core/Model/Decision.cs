namespace PlanGen.Core.Model;

/// <summary>
/// A decision (Quyết định, Form 1.3 of Decree 30 Appendix III): the shared head, the authority that
/// decides, the bases in italics ending with the proposal ("Theo đề nghị của … tại Tờ trình số …."),
/// <c>QUYẾT ĐỊNH:</c> and its articles (Điều 1, 2, 3 …); often it issues a plan attached to it.
/// </summary>
public sealed record Decision : FamilyDocument
{
    /// <summary>Thẩm quyền ban hành: "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA", printed under the title.</summary>
    public string? DecidedBy { get; init; }

    /// <summary>The bases, each printed "Căn cứ …;" in italics.</summary>
    public IReadOnlyList<Citation> Basis { get; init; } = [];

    /// <summary>Who proposed it and in which document: printed "Theo đề nghị của …." as the last basis.</summary>
    public string? ProposedBy { get; init; }

    /// <summary>The plan the decision issues, by the path of its YAML relative to the decision; built with it.</summary>
    public string? Plan { get; init; }

    /// <summary>Điều 1, 2, 3 …: each article's paragraphs, its points a), b) …</summary>
    public IReadOnlyList<Section> Articles { get; init; } = [];

    /// <summary>The plan under <see cref="Plan"/>, read and checked free of errors; null until the decision has been checked. Never written back to YAML.</summary>
    public Model.Plan? IssuedPlan { get; init; }
}
