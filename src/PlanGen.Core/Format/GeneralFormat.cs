using PlanGen.Core.Format.Kinds;
using PlanGen.Core.Model;
using PlanGen.Core.Templating;

namespace PlanGen.Core.Format;

/// <summary>
/// The format of a Tờ trình (TTr), Thông báo (TB) or Công văn (CV): the rows every document shares
/// (<see cref="DocumentRows"/>) around Kính gửi and a body the clerk writes.
/// </summary>
internal static class GeneralFormat
{
    // Before the shape, which is made from these rows when the class is first used.
    private static IReadOnlyList<Field<GeneralDocument>> Body { get; } =
    [
        Rows<GeneralDocument>.Of("to", TextsKind.Paragraphs, d => d.To, (d, v) => d with { To = v },
            "Kính gửi: một cơ quan hoặc danh sách.", "Kính gửi — the body or bodies it is addressed to.")
            .Grouped().Typed("kinh_gui", "gui"),
        DocumentRows.HeadingCase<GeneralDocument>(new(d => d.HeadingCase, (d, v) => d with { HeadingCase = v })),
        Rows<GeneralDocument>.Of("text", TextsKind.Paragraphs, d => d.Text, (d, v) => d with { Text = v },
            "Các đoạn mở đầu: căn cứ, nội dung trình, thông báo hoặc đề nghị.", "The opening paragraphs: the bases, what is submitted, made known or asked.")
            .Grouped().Typed("noi_dung", "doan_van"),
        Rows<GeneralDocument>.Of("items", new ListKind<Section>(() => SectionShapes.KeyedPart), d => d.Items, (d, v) => d with { Items = v },
            "Các mục đánh số 1., 2., … ngay trong thân văn bản.", "Numbered items 1., 2., … directly in the body.")
            .Grouped().Typed("cac_muc", "muc").Shown("items", d => Models.List(d.Items, s => SectionShapes.Section.Model(s))),
        Rows<GeneralDocument>.Of("parts", new ListKind<Section>(() => SectionShapes.KeyedPart), d => d.Parts, (d, v) => d with { Parts = v },
            "Các phần I., II., …, mỗi phần có tên riêng.", "Parts I., II., …, each with its own heading.")
            .Grouped().Typed("cac_phan", "phan").Shown("parts", d => Models.List(d.Parts, s => SectionShapes.Section.Model(s))),
        Rows<GeneralDocument>.Of("closing", TextKind.Instance, d => d.Closing, (d, v) => d with { Closing = v },
            "Câu kết; \"./.\" được thêm tự động.", "The closing sentence; \"./.\" is added.")
            .Grouped().Typed("cau_ket", "ket_luan"),
    ];

    /// <summary>The document: its keys in the order it reads.</summary>
    public static Shape<GeneralDocument> Document { get; } = new()
    {
        Name = "document",
        Text = new(
            "Tờ trình (TTr), Thông báo (TB) hoặc Công văn (CV) theo Phụ lục III Nghị định 30/2020/NĐ-CP. Xem docs/family.md.",
            "A Tờ trình (TTr), Thông báo (TB) or Công văn (CV) laid out as Decree 30 Appendix III. See docs/family.md."),
        Create = () => new GeneralDocument { SourcePath = "", TypeCode = FamilyTypes.Letter.Code, Issuer = IssuerShape.Shape.Create(), Title = "" },
        Fields = [.. DocumentRows.Heading<GeneralDocument>(), .. Body, .. DocumentRows.Ending<GeneralDocument>()],
        Finish = DocumentRows.Finish,
        Computed =
        [
            ("year", d => d.Year),
            ("number_ref", d => VietnameseFormat.NumberReference(d.Number?.Value, d.TypeCode, d.Issuer.Code)),
            ("to_line", d => d.To.Count == 0 ? null : new Document.Grammar.Addressees(new(d.To)).Format()),
        ],
    };
}
