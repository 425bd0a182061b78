using PlanGen.Core.Format.Kinds;
using PlanGen.Core.Model;

namespace PlanGen.Core.Format;

/// <summary>
/// Sections — parts, clauses, points, content items — with their "-" items and assignments. A
/// section of one paragraph may be written as that paragraph alone.
/// </summary>
internal static class SectionShapes
{
    private static readonly Section Empty = new(null, [], [], [], null, null, null, []);

    // Bullets and assignments come first: a section's rows refer to them as it is made.
    /// <summary>A "-" item with its "+" items, or a paragraph standing among the items.</summary>
    public static Shape<Bullet> Bullet { get; } = new()
    {
        Name = "bullet",
        Text = new("Một ý \"-\".", "A \"-\" item."),
        TextMeans = new("Nội dung ý \"-\".", "The \"-\" item's text."),
        Create = () => new Bullet("", []),
        FromText = (text, _) => new Bullet(text, []),
        TextKey = "text",
        TextOf = b => b.IsParagraph ? null : b.Text,
        Fields =
        [
            Rows<Bullet>.Of("text", TextKind.Instance, b => b.IsParagraph ? null : b.Text, (b, v) => b with { Text = v },
                "Nội dung ý \"-\".", "The \"-\" item's text.").Typed("noi_dung").Shown(null),
            Rows<Bullet>.Of("items", TextsKind.Paragraphs, b => b.SubItems, (b, v) => b with { SubItems = v },
                "Các ý \"+\".", "Its \"+\" sub-items.").Typed("y", "cac_y"),
            Rows<Bullet>.Of("paragraph", TextKind.Instance, b => b.IsParagraph ? b.Text : null, (b, v) => b with { Text = v, IsParagraph = true },
                "Một đoạn văn đứng giữa các ý, in đúng vị trí.", "A paragraph standing among the items, printed in its place.").Typed("doan_van").Shown(null),
        ],
        Finish = (b, map) =>
        {
            if (!b.IsParagraph && map.Value("text") is null or Yaml.YamlText { IsNull: true })
            {
                map.Missing("text");
            }
            return b;
        },
        Computed =
        [
            ("text", b => b.Text),
            ("paragraph", b => b.IsParagraph),
        ],
    };

    /// <summary>Phân công thực hiện: a sentence, with the lead and supporting units it names, and sub-assignments.</summary>
    public static Shape<Assignment> Assignment { get; } = new()
    {
        Name = "assignment",
        Text = new("Phân công thực hiện.", "Phân công thực hiện: who leads and supports."),
        TextMeans = new("Câu phân công.", "The assignment sentence."),
        Create = () => new Assignment(null, [], [], []),
        FromText = (text, _) => new Assignment(text, [], [], []),
        TextKey = "text",
        TextOf = a => a.Text,
        Fields =
        [
            Rows<Assignment>.Of("text", TextKind.Instance, a => a.Text, (a, v) => a with { Text = v },
                "Câu phân công, in sau \"Phân công thực hiện:\".", "The assignment sentence, printed after \"Phân công thực hiện:\".").Typed("noi_dung", "cau_phan_cong"),
            Rows<Assignment>.Of("lead", UnitsKind.Instance, a => a.Lead, (a, v) => a with { Lead = v },
                "Đơn vị chủ trì.", "Lead units.").Typed("chu_tri", "don_vi_chu_tri"),
            Rows<Assignment>.Of("support", UnitsKind.Instance, a => a.Support, (a, v) => a with { Support = v },
                "Đơn vị phối hợp.", "Supporting units.").Typed("phoi_hop", "don_vi_phoi_hop"),
            Rows<Assignment>.Of("items", new ListKind<Assignment>(() => Assignment!), a => a.Items, (a, v) => a with { Items = v },
                "Các phân công con, in thành ý \"+\".", "Sub-assignments, printed as \"+\" items.").Typed("cac_y", "phan_cong_con"),
        ],
    };

    /// <summary>
    /// A numbered section: a part of <c>parts:</c>, a clause, a point, a content item. Its
    /// <c>kind</c> says what it is (a clause "Mục đích" under Part I), for its default title.
    /// </summary>
    public static Shape<Section> Section { get; } = Make("section", withKind: true, new(
        "Một phần, khoản, điểm hoặc nội dung; viết một đoạn văn thì chỉ cần đoạn đó.",
        "A part, clause, point or content item; one paragraph alone may be written as that paragraph."));

    /// <summary>A part under its fixed key (<c>purpose:</c>, <c>content:</c>, an entry of <c>extra:</c>): the key says what it is.</summary>
    public static Shape<Section> KeyedPart { get; } = Make("part", withKind: false, new(
        "Một phần của kế hoạch dưới khóa cố định của nó (purpose, content, …); khóa cho biết đó là phần gì.",
        "A part of the plan under its fixed key (purpose, content, …); the key says what it is."));

    private static Shape<Section> Make(string name, bool withKind, FieldText text) => new()
    {
        Name = name,
        Text = text,
        TextMeans = new("Một đoạn văn.", "One paragraph."),
        Create = () => Empty,
        FromText = (paragraph, _) => Empty with { Paragraphs = [paragraph] },
        TextKey = "text",
        TextOf = s => s.Paragraphs.Count == 1 ? s.Paragraphs[0] : null,
        Fields =
        [
            .. withKind
                ? [Rows<Section>.Of("kind", Choices.PartKind, s => s.Kind, (s, v) => s with { Kind = v },
                    "Phần này là gì (mục đích, yêu cầu, nội dung, kinh phí, tổ chức thực hiện, …); mẫu in tên mặc định của nó.",
                    "What it is (purpose, requirements, content, budget, organization, …); the template prints its default title.").Typed("loai", "loai_phan")]
                : Array.Empty<Field<Section>>(),
            Rows<Section>.Of("title", TextKind.Instance, s => s.Title, (s, v) => s with { Title = v },
                "Tên mục; bỏ trống thì đoạn đầu tiên in ngay sau số.",
                "The heading; without one the first paragraph runs on after the number.").Typed("tieu_de", "ten", "ten_muc"),
            Rows<Section>.Of("heading_case", Choices.HeadingCase, s => s.HeadingCase, (s, v) => s with { HeadingCase = v },
                "Cách in tên phần này: upper (in hoa) hoặc as_written (như đã viết), thay cho lựa chọn của kế hoạch.",
                "How this part's heading is printed: upper or as_written (overrides the plan's choice).").Typed("kieu_chu_tieu_de"),
            Rows<Section>.Of("text", TextsKind.Paragraphs, s => s.Paragraphs, (s, v) => s with { Paragraphs = v },
                "Một đoạn văn, hoặc danh sách các đoạn.", "A paragraph, or a list of paragraphs.").Typed("noi_dung", "doan_van", "van_ban").Shown("paragraphs"),
            Rows<Section>.Of("bullets", new ListKind<Bullet>(() => Bullet!), s => s.Bullets, (s, v) => s with { Bullets = v },
                "Các ý \"-\", mỗi ý có thể có các ý \"+\"; '- paragraph: …' là một đoạn văn giữ nguyên vị trí.",
                "\"-\" items with \"+\" sub-items; '- paragraph: …' is a paragraph that keeps its place.").Typed("y", "cac_y", "gach_dau_dong"),
            Rows<Section>.Of("items", new ListKind<Section>(() => Section!), s => s.Items, (s, v) => s with { Items = v },
                "Các mục con được đánh số (khoản 1., 2. trong một phần; điểm a), b) trong một khoản).",
                "Numbered children (clauses 1., 2. under a part; points a), b) under a clause).").Typed("muc", "cac_muc", "muc_con", "diem"),
            Rows<Section>.Of("clauses", new ListKind<Section>(() => Section!), s => s.Clauses, (s, v) => s with { Clauses = v },
                "Các khoản con đánh số theo khoản này: 1.1., 1.2. trong khoản 1.; 1.1.1. trong khoản 1.1.",
                "Sub-clauses numbered from this clause: 1.1., 1.2. under 1.; 1.1.1. under 1.1.").Typed("khoan", "cac_khoan", "khoan_con"),
            Rows<Section>.Of("assignment", Assignment, s => s.Assignment, (s, v) => s with { Assignment = v },
                "Phân công thực hiện: đơn vị chủ trì, phối hợp.",
                "Phân công thực hiện: who leads and supports.").Typed("phan_cong", "phan_cong_thuc_hien"),
            Rows<Section>.Of("timeline", TimelineKind.Instance, s => s.Timeline, (s, v) => s with { Timeline = v },
                "Thời gian thực hiện, như cán bộ thường viết: Quý I/2024, Thường xuyên, …",
                "As clerks write it: Quý I/2024, Thường xuyên, …").Typed("thoi_gian", "thoi_gian_thuc_hien", "thoi_han"),
            Rows<Section>.Of("parent_task", TextKind.Instance, s => s.ParentTask, (s, v) => s with { ParentTask = v },
                "Mã nhiệm vụ của kế hoạch cấp trên mà mục này thực hiện, ví dụ III.2.1.",
                "The parent plan's task id it takes up, e.g. III.2.1.").Typed("nhiem_vu_cap_tren", "ma_nhiem_vu"),
            Rows<Section>.Of("after", TextsKind.Paragraphs, s => s.After, (s, v) => s with { After = v },
                "Các đoạn văn sau các mục con.", "Paragraphs after the numbered items.").Typed("doan_sau", "doan_cuoi"),
        ],
    };
}
