using PlanGen.Core.Format.Kinds;
using PlanGen.Core.Model;

namespace PlanGen.Core.Format;

/// <summary>The rows of a plan's own: theme and period, parent and bases, the body's parts, the closing sentence, the appendix.</summary>
internal static class PlanRows
{
    /// <summary>The keys of the body's parts under fixed keys, each the kind it names.</summary>
    public static IReadOnlyList<string> KeyedParts { get; } =
        ["purpose", "targets", "requirements", "subjects", "content", "budget", "rewards", "extra", "organization"];

    /// <summary>The rows between the header's and the ending's, in the order the examples write them.</summary>
    public static IReadOnlyList<Field<Plan>> Body { get; } =
    [
        Rows<Plan>.Of("theme", TextKind.Instance, p => p.Theme, (p, v) => p with { Theme = v },
            "Chủ đề của năm.", "Chủ đề — the theme of the year.").Copied().Typed("chu_de"),
        Rows<Plan>.Of("period", PeriodKind.Instance, p => p.Period, (p, v) => p with { Period = v },
            "Thời gian thực hiện: một năm (2024), hai ngày '15/03/2022 - 31/12/2022', hoặc from/to.",
            "Thời gian thực hiện: a year (2024), two dates '15/03/2022 - 31/12/2022', or from/to dates.").Typed("thoi_gian", "thoi_gian_thuc_hien", "nam"),
        Rows<Plan>.Of("reporting", ReportingShape.Shape, p => p.Reporting, (p, v) => p with { Reporting = v },
            "Chế độ báo cáo về kế hoạch: nơi nhận (to), các kỳ (periods), ngày chốt số liệu (cut_off), hạn gửi (due), ngày nghỉ (holidays); điều gì bỏ trống lấy theo units.yaml.",
            "How units report on the plan: where to (to), which reports (periods), the cut-off day (cut_off), when due (due), days off (holidays); what is left out comes from units.yaml.")
            .Typed("che_do_bao_cao", "bao_cao"),
        Rows<Plan>.Of("parent", CitationShapes.Parent, p => p.ParentInBasis is null ? p.Parent : null, (p, v) => p with { Parent = v },
            "Kế hoạch cấp trên: đường dẫn tới tệp của nó, hoặc trích dẫn khi chỉ có bản giấy; trích dẫn sau các căn cứ khác.",
            "The parent plan: a path to its file, or its citation when it exists on paper only; cited after the other bases.")
            .Grouped().Typed("ke_hoach_cap_tren", "van_ban_cap_tren", "cap_tren").Shown("parent", p => CitationShapes.Parent.Model(p.Parent)),
        Rows<Plan>.Of("basis", BasisKind.Instance, Bases, WithBases,
            "Các căn cứ, theo thứ tự văn bản trích dẫn; '- parent: …' đặt kế hoạch cấp trên vào đúng vị trí của nó giữa các căn cứ.",
            "The bases, in the order the document cites them; '- parent: …' puts the parent in its place among them.")
            .Typed("can_cu", "cac_can_cu").Shown("basis", p => Models.List(p.Basis, c => CitationShapes.Basis.Model(c))),
        Rows<Plan>.Of("basis_layout", Choices.BasisLayout, p => p.BasisLayout == BasisLayout.Sentence ? null : p.BasisLayout, (p, v) => p with { BasisLayout = v!.Value },
            "Cách trình bày căn cứ: sentence (một câu, nối phần mở đầu bằng dấu phẩy), sentences (phần mở đầu là câu riêng), paragraphs (mỗi căn cứ một đoạn).",
            "How the bases are laid out: sentence (one sentence, the introduction joined with a comma), sentences (the introduction its own sentence), paragraphs (one paragraph per basis).")
            .Typed("trinh_bay_can_cu").Shown("basis_layout", p => Choices.BasisLayout.Model(p.BasisLayout)),
        DocumentRows.HeadingCase<Plan>(new(p => p.HeadingCase, (p, v) => p with { HeadingCase = v })),
        // Written only when the document numbers its parts otherwise than the decree's I., II., so the examples never name it.
        Rows<Plan>.Of("part_numbering", Choices.PartNumbering, p => p.PartNumbering == PartNumbering.Roman ? null : p.PartNumbering, (p, v) => p with { PartNumbering = v!.Value },
            "Cách đánh số các phần: roman (I., II., mặc định), letters (A., B.), named (Phần I., Phần II.) hoặc arabic (1., 2.; các khoản trong phần 1. là 1.1, 1.2), như văn bản gốc.",
            "How the parts are numbered: roman (I., II., the default), letters (A., B.), named (Phần I., Phần II.) or arabic (1., 2.; the clauses of part 1. are 1.1, 1.2), as the document numbers them.")
            .Typed("danh_so_phan", "kieu_danh_so_phan").Shown("part_numbering", p => Choices.PartNumbering.Model(p.PartNumbering)),
        Rows<Plan>.Of("introduction", TextKind.Instance, p => p.Introduction, (p, v) => p with { Introduction = v },
            "Câu sau các căn cứ: \"… ban hành Kế hoạch … như sau:\".", "The statement after the bases: \"… ban hành Kế hoạch … như sau:\".")
            .Typed("mo_dau", "loi_mo_dau", "cau_dan"),
        Rows<Plan>.Of("parts", new ListKind<Section>(() => SectionShapes.Section), p => p.PartsInOrder ? p.Parts : [], (p, v) => p with { Parts = v, PartsInOrder = true },
            "Các phần của kế hoạch theo thứ tự văn bản (I., II., …): mỗi phần có kind (mục đích, nội dung, …) hoặc title riêng; thay cho các khóa purpose … organization.",
            "The body's parts in the document's order (I., II., …): each has a kind (purpose, content, …) or a title of its own; instead of the keys purpose … organization.")
            .Grouped().Typed("cac_phan", "phan").Shown("parts", p => p.PartsInOrder ? Models.List(p.Parts, s => SectionShapes.Section.Model(s)) : null),
        Keyed("purpose", PartKind.Purpose, "Mục đích.", "Purpose.", "muc_dich"),
        Keyed("targets", PartKind.Targets, "Mục tiêu.", "Targets.", "muc_tieu"),
        Keyed("requirements", PartKind.Requirements, "Yêu cầu.", "Requirements.", "yeu_cau"),
        Keyed("subjects", PartKind.Subjects, "Đối tượng thực hiện.", "Who it applies to.", "doi_tuong", "doi_tuong_thuc_hien"),
        Keyed("content", PartKind.Content, "Nội dung / nhiệm vụ; các nội dung là items của phần này.", "Content / tasks; the content items are its items.", "noi_dung", "nhiem_vu", "noi_dung_thuc_hien"),
        Keyed("budget", PartKind.Budget, "Kinh phí thực hiện.", "Budget.", "kinh_phi", "kinh_phi_thuc_hien"),
        Rows<Plan>.Of("budget_source", TextKind.Instance, p => p.BudgetSource, (p, v) => p with { BudgetSource = v },
            "Nguồn kinh phí, in ở đầu phần kinh phí.", "Nguồn kinh phí — where the money comes from, printed at the head of the budget part.")
            .Typed("nguon_kinh_phi").Needs("budget", p => p.Budget is not null),
        Keyed("rewards", PartKind.Rewards, "Khen thưởng, khi là một phần riêng.", "Rewards, as a part of its own.", "khen_thuong"),
        Rows<Plan>.Of("extra", new ListKind<Section>(() => SectionShapes.KeyedPart), p => p.PartsInOrder ? [] : p.Extra, (p, v) => p with { Extra = v },
            "Các phần khác, mỗi phần có tên riêng, in trước \"Tổ chức thực hiện\".", "Further parts, each with its own title, printed before \"Tổ chức thực hiện\".")
            .Grouped().Typed("phan_khac", "cac_phan_khac").Shown("extra", p => Models.List(p.Extra, s => SectionShapes.Section.Model(s))),
        Keyed("organization", PartKind.Organization, "Tổ chức thực hiện.", "Organisation of the work.", "to_chuc_thuc_hien", "to_chuc"),
        Rows<Plan>.Of("closing", TextKind.Instance, p => p.Closing, (p, v) => p with { Closing = v },
            "Câu kết \"Trên đây là …\"; \"./.\" được thêm tự động.", "The closing sentence; \"./.\" is added.")
            .Grouped().Typed("ket_luan", "cau_ket", "doan_ket"),
    ];

    public static Field<Plan> Appendix { get; } =
        Rows<Plan>.Of("appendix", AppendixShapes.Appendix, p => p.Appendix, (p, v) => p with { Appendix = v },
            "Phụ lục: bảng nhiệm vụ.", "The appendix: the task table.").Grouped().Typed("phu_luc");

    // A part under its fixed key: written in that form only. Templates see the part of the kind in
    // either form — a part, not a clause of one, so a template that knows only the fixed keys
    // prints a plan that lists its parts without printing a clause twice (plan.extra has the rest).
    private static Field<Plan> Keyed(string key, PartKind kind, string vi, string en, params string[] typed) =>
        Rows<Plan>.Of(key, SectionShapes.KeyedPart, p => p.PartsInOrder ? null : p.Part(kind) is { } s ? s with { Kind = null } : null,
            (p, v) => p with { Parts = [.. p.Parts.Where(s => s.Kind != kind), v with { Kind = kind }] }, vi, en)
            .Grouped().Typed(typed).Shown(key, p => SectionShapes.Section.Model(p.Parts.FirstOrDefault(s => s.Kind == kind)));

    // The bases as written: the citations, with the parent in its place when it is cited among them.
    private static IReadOnlyList<ModelNode> Bases(Plan plan)
    {
        List<ModelNode> entries = [.. plan.Basis];
        if (plan.ParentInBasis is { } at && plan.Parent is { } parent)
        {
            entries.Insert(Math.Min(at, entries.Count), parent);
        }
        return entries;
    }

    private static Plan WithBases(Plan plan, IReadOnlyList<ModelNode> entries)
    {
        var at = entries.ToList().FindIndex(e => e is ParentReference);
        return plan with
        {
            Basis = [.. entries.OfType<Citation>()],
            Parent = at >= 0 ? (ParentReference)entries[at] : plan.Parent,
            ParentInBasis = at >= 0 ? at : null,
        };
    }
}
