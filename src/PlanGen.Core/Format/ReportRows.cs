using PlanGen.Core.Format.Kinds;
using PlanGen.Core.Model;

namespace PlanGen.Core.Format;

/// <summary>
/// The rows of a report's own: the plan and the request it answers, the period and its dates, Kính
/// gửi, the parts (situation and figures, results and tasks, shortcomings, next tasks, proposals)
/// and the closing sentence.
/// </summary>
internal static class ReportRows
{
    /// <summary>The rows between the header's and the ending's, in the order a report reads.</summary>
    public static IReadOnlyList<Field<Report>> Body { get; } =
    [
        Rows<Report>.Of("reports_on", ReportShapes.ReportedPlan, r => r.ReportsOn, (r, v) => r with { ReportsOn = v },
            "Kế hoạch được báo cáo: đường dẫn tới tệp của nó (YAML, DOCX, PDF, văn bản), hoặc trích dẫn khi chỉ có bản giấy.",
            "The plan reported on: a path to its file (YAML, DOCX, PDF, text), or its citation when it exists on paper only.")
            .Needed().Grouped().Typed("bao_cao_ke_hoach", "ke_hoach").Shown("reports_on", r => ReportShapes.ReportedPlan.Model(r.ReportsOn)),
        Rows<Report>.Of("request", CitationShapes.Citation, r => r.Request, (r, v) => r with { Request = v },
            "Văn bản yêu cầu báo cáo (công văn, thông báo), trích dẫn sau kế hoạch.",
            "The letter that asked for the report, cited after the plan.").Typed("yeu_cau", "van_ban_yeu_cau"),
        Rows<Report>.Of("basis", new ListKind<Citation>(() => CitationShapes.Citation), r => r.Basis, (r, v) => r with { Basis = v },
            "Các căn cứ khác, trích dẫn sau kế hoạch và văn bản yêu cầu (ví dụ kế hoạch của chính đơn vị).",
            "Other documents cited after the plan and the request (the unit's own plan, say).").Typed("can_cu"),
        Rows<Report>.Of("period", ReportPeriodKind.Instance, r => r.Period, (r, v) => r with { Period = v },
            "Kỳ báo cáo: 2024-06 (tháng), 2024-q2 hoặc Quý II/2024, 2024-6m (6 tháng đầu năm), 2024-9m, 2024 (năm), hoặc from/to.",
            "The period: 2024-06 (a month), 2024-q2 or Quý II/2024, 2024-6m (first six months), 2024-9m, 2024 (the year), or from/to.")
            .Needed().Grouped().Typed("ky_bao_cao", "ky", "thoi_gian"),
        Rows<Report>.Of("window", PeriodKind.Instance, r => r.Window, (r, v) => r with { Window = v },
            "Thời gian lấy số liệu, khi báo cáo tự ghi thay cho ngày chốt số liệu (thường bỏ trống).",
            "The days the figures count, when the report sets them itself instead of the cut-off rule (usually left out).").Typed("thoi_gian_so_lieu"),
        Rows<Report>.Of("due", DateKind.Full, r => r.Due, (r, v) => r with { Due = v },
            "Hạn gửi báo cáo, khi báo cáo tự ghi thay cho quy định (thường bỏ trống).",
            "The due date, when the report sets it itself instead of the due rule (usually left out).").Typed("han", "han_gui"),
        Rows<Report>.Of("to", TextsKind.Paragraphs, r => r.To, (r, v) => r with { To = v },
            "Kính gửi: một cơ quan hoặc danh sách.", "Kính gửi — the body or bodies the report is addressed to.")
            .Grouped().Typed("kinh_gui", "gui"),
        DocumentRows.HeadingCase<Report>(new(r => r.HeadingCase, (r, v) => r with { HeadingCase = v })),
        Rows<Report>.Of("introduction", TextKind.Instance, r => r.Introduction, (r, v) => r with { Introduction = v },
            "Câu sau các căn cứ: \"… báo cáo kết quả … như sau:\".", "The sentence after the bases: \"… báo cáo kết quả … như sau:\".")
            .Typed("mo_dau", "cau_dan"),
        Part("situation", r => r.Situation, (r, v) => r with { Situation = v },
            "Phần I: tình hình chung; bảng số liệu in cuối phần này.", "Part I: the situation; the figures table is printed at its end.", "tinh_hinh"),
        Rows<Report>.Of("figures", new ListKind<Figure>(() => ReportShapes.Figure), r => r.Figures, (r, v) => r with { Figures = v },
            "Bảng số liệu so với cùng kỳ; plangen tính tăng, giảm và tỷ lệ.",
            "The figures against the same period last year; plangen works out the change and its percentage.").Typed("so_lieu", "bang_so_lieu"),
        Part("results", r => r.Results, (r, v) => r with { Results = v },
            "Phần II: kết quả chung, in trước kết quả từng nhiệm vụ.", "Part II's opening: the results as a whole, printed before the tasks.", "ket_qua"),
        Rows<Report>.Of("tasks", new ListKind<TaskReport>(() => ReportShapes.Task), r => r.Tasks, (r, v) => r with { Tasks = v },
            "Tình trạng, kết quả của từng nhiệm vụ kế hoạch giao cho đơn vị, theo mã nhiệm vụ.",
            "The status and result of each task of the plan the unit leads or supports, by the task's id.").Grouped().Typed("nhiem_vu", "cac_nhiem_vu"),
        Part("shortcomings", r => r.Shortcomings, (r, v) => r with { Shortcomings = v },
            "Phần III: tồn tại, hạn chế và nguyên nhân.", "Part III: shortcomings and their causes.", "ton_tai", "han_che"),
        Part("next_tasks", r => r.NextTasks, (r, v) => r with { NextTasks = v },
            "Phần IV: nhiệm vụ trọng tâm kỳ tới.", "Part IV: the tasks for the next period.", "nhiem_vu_ky_toi", "phuong_huong"),
        Part("proposals", r => r.Proposals, (r, v) => r with { Proposals = v },
            "Phần V: đề xuất, kiến nghị.", "Part V: proposals.", "de_xuat", "kien_nghi"),
        Rows<Report>.Of("extra", new ListKind<Section>(() => SectionShapes.KeyedPart), r => r.Extra, (r, v) => r with { Extra = v },
            "Các phần khác, mỗi phần có tên riêng, in trước phần đề xuất.", "Further parts, each with its own title, printed before the proposals.")
            .Grouped().Typed("phan_khac").Shown("extra", r => Models.List(r.Extra, s => SectionShapes.Section.Model(s))),
        Rows<Report>.Of("closing", TextKind.Instance, r => r.Closing, (r, v) => r with { Closing = v },
            "Câu kết \"Trên đây là báo cáo …\"; \"./.\" được thêm tự động.", "The closing sentence; \"./.\" is added.")
            .Grouped().Typed("cau_ket", "ket_luan"),
    ];

    private static Field<Report> Part(string key, Func<Report, Section?> get, Func<Report, Section, Report> set, string vi, string en, params string[] typed) =>
        Rows<Report>.Of(key, SectionShapes.KeyedPart, get, set, vi, en).Grouped().Typed(typed).Shown(key, r => SectionShapes.Section.Model(get(r)));
}
