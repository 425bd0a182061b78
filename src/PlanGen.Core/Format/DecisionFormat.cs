using PlanGen.Core.Format.Kinds;
using PlanGen.Core.Model;
using PlanGen.Core.Templating;

namespace PlanGen.Core.Format;

/// <summary>
/// The decision format (type QĐ, Quyết định, Form 1.3), described once as the plan's is: the rows
/// every document shares (<see cref="DocumentRows"/>) around a decision's own — the authority that
/// decides, the bases and the proposal, the plan it issues and its articles.
/// </summary>
internal static class DecisionFormat
{
    // Before the shape, which is made from these rows when the class is first used.
    private static IReadOnlyList<Field<Decision>> Body { get; } =
    [
        Rows<Decision>.Of("decided_by", TextKind.Instance, d => d.DecidedBy, (d, v) => d with { DecidedBy = v },
            "Thẩm quyền ban hành, in dưới trích yếu: CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …",
            "The authority that decides, printed under the subject: CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …")
            .Needed().Grouped().Typed("tham_quyen", "tham_quyen_ban_hanh"),
        Rows<Decision>.Of("basis", new ListKind<Citation>(() => CitationShapes.Citation), d => d.Basis, (d, v) => d with { Basis = v },
            "Các căn cứ, mỗi căn cứ in \"Căn cứ …;\" nghiêng.", "The bases, each printed \"Căn cứ …;\" in italics.")
            .Typed("can_cu", "cac_can_cu"),
        Rows<Decision>.Of("proposed_by", TextKind.Instance, d => d.ProposedBy, (d, v) => d with { ProposedBy = v },
            "Căn cứ cuối: \"Theo đề nghị của … tại Tờ trình số …\".", "The last basis: \"Theo đề nghị của … tại Tờ trình số …\".")
            .Typed("theo_de_nghi", "de_nghi"),
        Rows<Decision>.Of("plan", TextKind.Instance, d => d.Plan, (d, v) => d with { Plan = v },
            "Kế hoạch ban hành kèm theo quyết định: đường dẫn tới tệp YAML của nó; build in kế hoạch từ trang mới sau quyết định, trong cùng tệp DOCX (build --separate: tệp riêng).",
            "The plan the decision issues: the path to its YAML; build prints the plan from a new page after the decision, in the same DOCX (build --separate: a file of its own).")
            .Grouped().Typed("ke_hoach", "kem_theo"),
        Rows<Decision>.Of("articles", new ListKind<Section>(() => SectionShapes.KeyedPart), d => d.Articles, (d, v) => d with { Articles = v },
            "Các điều (Điều 1, Điều 2, …) sau \"QUYẾT ĐỊNH:\".", "The articles (Điều 1, Điều 2, …) after \"QUYẾT ĐỊNH:\".")
            .Needed().Grouped().Typed("dieu", "cac_dieu").Shown("articles", d => Models.List(d.Articles, s => SectionShapes.Section.Model(s))),
    ];

    /// <summary>The decision: its keys in the order a decision reads.</summary>
    public static Shape<Decision> Decision { get; } = new()
    {
        Name = "decision",
        Text = new(
            "Quyết định (type: QĐ) theo Mẫu 1.3 Phụ lục III Nghị định 30/2020/NĐ-CP, thường ban hành kèm theo một kế hoạch. Xem docs/family.md.",
            "A decision (type: QĐ) laid out as Form 1.3 of Decree 30, often issuing a plan attached to it. See docs/family.md."),
        Create = () => new Decision { SourcePath = "", TypeCode = FamilyTypes.Decision.Code, Issuer = IssuerShape.Shape.Create(), Title = "" },
        Fields = [.. DocumentRows.Heading<Decision>(), .. Body, .. DocumentRows.Ending<Decision>()],
        Finish = DocumentRows.Finish,
        Computed =
        [
            ("year", d => d.Year),
            ("number_ref", d => VietnameseFormat.NumberReference(d.Number?.Value, d.TypeCode, d.Issuer.Code)),
            // A decision ends with its last article: it has no closing sentence for the shared signing partial to print.
            ("closing", _ => null),
        ],
    };
}
