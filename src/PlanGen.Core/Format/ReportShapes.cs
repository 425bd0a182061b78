using PlanGen.Core.Format.Kinds;
using PlanGen.Core.Model;

namespace PlanGen.Core.Format;

/// <summary>The mappings of a report's own: the plan it reports on, a row of figures, a task's status and result.</summary>
internal static class ReportShapes
{
    /// <summary>The plan reported on: a path to its file, or its citation when it exists on paper only.</summary>
    public static Shape<ReportedPlan> ReportedPlan { get; } = new()
    {
        Name = "reported_plan",
        Text = new(
            "Kế hoạch được báo cáo: đường dẫn tới tệp YAML (hoặc DOCX, PDF, văn bản), hoặc trích dẫn khi chỉ có bản giấy.",
            "The plan reported on: a path to its YAML (or DOCX, PDF, text), or its citation when it exists on paper only."),
        TextMeans = new("Đường dẫn tới tệp của kế hoạch.", "The path to the plan's file."),
        Create = () => new ReportedPlan(null, null),
        FromText = (path, span) => new ReportedPlan(path, null) { FieldSpans = new Dictionary<string, Diagnostics.SourceSpan> { ["path"] = span } },
        TextKey = "path",
        TextOf = p => p.Path,
        Fields =
        [
            Rows<ReportedPlan>.Of("path", TextKind.Instance, p => p.Path, (p, v) => p with { Path = v },
                "Đường dẫn tới tệp của kế hoạch, tính từ báo cáo.", "Path to the plan's file, from the report.").Typed("duong_dan", "tep"),
            .. CitationShapes.CitationRows<ReportedPlan>(p => p.Citation, (p, c) => p with { Citation = c }, shown: false),
        ],
        Finish = (p, map) => p.Citation is null ? p : p with { Citation = p.Citation with { Span = map.Span, FieldSpans = map.Spans } },
        Computed = [("citation", p => CitationShapes.Citation.Model(p.Citation))],
    };

    /// <summary>A row of figures: what is counted, in what unit, this period and last year, whose count it is.</summary>
    public static Shape<Figure> Figure { get; } = new()
    {
        Name = "figure",
        Text = new("Một dòng số liệu: chỉ tiêu, đơn vị tính, kỳ này, cùng kỳ năm trước.", "A row of figures: what is counted, its unit, this period, the same period last year."),
        Create = () => new Figure("", null, null, null),
        Fields =
        [
            Rows<Figure>.Of("id", TextKind.Instance, f => f.Id, (f, v) => f with { Id = v },
                "Mã chỉ tiêu trong figures của units.yaml.", "Its id among units.yaml's figures.").Typed("ma", "ma_chi_tieu"),
            Rows<Figure>.Of("name", TextKind.Instance, f => f.Name, (f, v) => f with { Name = v },
                "Chỉ tiêu: Số vụ tai nạn giao thông.", "What is counted: Số vụ tai nạn giao thông.").Needed().Typed("chi_tieu", "ten", "noi_dung"),
            Rows<Figure>.Of("measure", TextKind.Instance, f => f.Measure, (f, v) => f with { Measure = v },
                "Đơn vị tính: vụ, người, phương tiện.", "Đơn vị tính — the unit counted in: vụ, người, phương tiện.").Typed("don_vi_tinh", "dvt"),
            Rows<Figure>.Of("this_period", CountKind.Instance, f => f.ThisPeriod, (f, v) => f with { ThisPeriod = v },
                "Số liệu kỳ này: số nguyên không âm, viết liền (1163).", "This period's count: a whole number, 0 or more, in digits (1163).").Typed("ky_nay", "so_lieu", "thuc_hien"),
            Rows<Figure>.Of("last_year", CountKind.Instance, f => f.LastYear, (f, v) => f with { LastYear = v },
                "Số liệu cùng kỳ năm trước.", "The count of the same period last year.").Typed("cung_ky", "cung_ky_nam_truoc", "nam_truoc"),
            Rows<Figure>.Of("owner", TextKind.Instance, f => f.Owner, (f, v) => f with { Owner = v },
                "Đơn vị nắm số liệu (mã hoặc tên trong units.yaml); khi tổng hợp, lấy số của đơn vị này.",
                "The unit the figure belongs to (its id or name in units.yaml); reports put together take its count.").Typed("don_vi", "co_quan"),
            Rows<Figure>.Of("note", TextKind.Instance, f => f.Note, (f, v) => f with { Note = v }, "Ghi chú.", "Note.").Typed("ghi_chu"),
        ],
        Computed =
        [
            ("this_period_text", f => f.ThisPeriod is { } n ? Text.VietnameseNumber.Count(n) : null),
            ("last_year_text", f => f.LastYear is { } n ? Text.VietnameseNumber.Count(n) : null),
            ("change", f => f is { ThisPeriod: { } now, LastYear: { } before } ? FigureChange.Of(now, before, f.Measure).Text : null),
        ],
    };

    /// <summary>What a report says of one task of the plan.</summary>
    public static Shape<TaskReport> Task { get; } = new()
    {
        Name = "task_report",
        Text = new("Kết quả thực hiện một nhiệm vụ của kế hoạch.", "What is reported of one task of the plan."),
        Create = () => new TaskReport("", null, [], []),
        Fields =
        [
            Rows<TaskReport>.Of("task", TextKind.Instance, t => t.TaskId, (t, v) => t with { TaskId = v },
                "Mã nhiệm vụ trong phụ lục kế hoạch: III.2.1.", "The task's id in the plan's appendix: III.2.1.").Needed().Typed("nhiem_vu", "ma_nhiem_vu"),
            Rows<TaskReport>.Of("status", Choices.TaskState, t => t.State, (t, v) => t with { State = v },
                "Tình trạng: hoàn thành, đang triển khai, chưa triển khai, thường xuyên, chậm tiến độ.",
                "How far it has come: done, in_progress, not_started, ongoing, late (or the Vietnamese words).").Typed("tinh_trang", "trang_thai"),
            Rows<TaskReport>.Of("result", TextsKind.Paragraphs, t => t.Result, (t, v) => t with { Result = v },
                "Kết quả thực hiện, một hoặc nhiều đoạn.", "What was done, one or more paragraphs.").Typed("ket_qua", "ket_qua_thuc_hien"),
            Rows<TaskReport>.Of("documents", new ListKind<Citation>(() => CitationShapes.Citation), t => t.Documents, (t, v) => t with { Documents = v },
                "Các văn bản đã ban hành để thực hiện.", "The documents issued for it.").Typed("van_ban", "van_ban_da_ban_hanh"),
        ],
        Computed = [("status_text", t => t.State is { } state ? Choices.TaskState.VietnameseOf(state) : null)],
    };
}
