using PlanGen.Core.Format.Kinds;

namespace PlanGen.Core.Format;

/// <summary>
/// The rows every document of the family shares — the header (template, type, issuer, number,
/// date, title) and the end (recipients, archive, signature) — for any document type to compose
/// with the rows of its own parts.
/// </summary>
internal static class DocumentRows
{
    /// <summary>The rows before the document's own: template, type, units; issuer; number, date, title.</summary>
    public static IEnumerable<Field<T>> Heading<T>()
        where T : Model.FamilyDocument =>
    [
        Rows<T>.Of("template", TextKind.Instance, d => d.Template, (d, v) => With(d, x => x with { Template = v }),
            "Tên mẫu có sẵn (ke-hoach-atgt, ke-hoach-thi-dua, bao-cao, to-trinh, thong-bao, quyet-dinh, cong-van) hoặc thư mục mẫu; loại văn bản khác kế hoạch có mẫu mặc định.",
            "Built-in template name (ke-hoach-atgt, ke-hoach-thi-dua, bao-cao, to-trinh, thong-bao, quyet-dinh, cong-van) or a template folder; a type other than a plan has its own by default.").Copied().Typed("mau", "mau_van_ban"),
        Rows<T>.Of("type", TypeKind.Instance, d => d.TypeCode, (d, v) => With(d, x => x with { TypeCode = v }),
            "Loại văn bản: KH (Kế hoạch, mặc định), BC (Báo cáo), TTr (Tờ trình), TB (Thông báo), QĐ (Quyết định) hoặc CV (Công văn); ghi ký hiệu, tên loại (Tờ trình) hoặc tên không dấu (to-trinh).",
            "Document type: KH (Kế hoạch, the default), BC (Báo cáo), TTr (Tờ trình), TB (Thông báo), QĐ (Quyết định) or CV (Công văn); its code, the kind's name (Tờ trình) or its name without marks (to-trinh).").Copied().Typed("loai", "loai_van_ban").Shown("type_code"),
        Rows<T>.Of("units", TextKind.Instance, d => d.UnitsPath, (d, v) => With(d, x => x with { UnitsPath = v }),
            "Đường dẫn tới units.yaml; nếu bỏ trống, dùng units.yaml cạnh văn bản (nếu có).",
            "Path to units.yaml; a units.yaml beside the document is used when present.").Typed("don_vi", "danh_sach_don_vi").Shown(null),
        Rows<T>.Of("issuer", IssuerShape.Shape, d => d.Issuer, (d, v) => With(d, x => x with { Issuer = v }),
            "Cơ quan ban hành (ô 2 của phần đầu).",
            "The issuing body (header box 2).").Needed().Grouped().Typed("co_quan_ban_hanh", "co_quan", "noi_ban_hanh"),
        Rows<T>.Of("number", NumberKind.Instance, d => d.Number, (d, v) => With(d, x => x with { Number = v }),
            "Số văn bản: số nguyên dương; bỏ trống khi còn là dự thảo.",
            "Số: a positive whole number; leave out in a draft.").Grouped().Typed("so", "so_van_ban"),
        Rows<T>.Of("date", DateKind.Issued, d => d.Date, (d, v) => With(d, x => x with { Date = v }),
            "Ngày ban hành, ngày trước (03/9/2024) hoặc năm trước (2024-09-03); dự thảo: 9/2024 hoặc 2024-09.",
            "Date of issue, day first (03/9/2024) or year first (2024-09-03); a draft: 9/2024 or 2024-09.").Typed("ngay", "ngay_ban_hanh", "ngay_thang"),
        Rows<T>.Of("urgency", Choices.Urgency, d => d.Urgency, (d, v) => With(d, x => x with { Urgency = v }),
            "Độ khẩn: Khẩn, Thượng khẩn hoặc Hỏa tốc; in thành dấu trong khung dưới số văn bản. Bỏ trống khi văn bản không khẩn.",
            "Độ khẩn — urgency: Khẩn (urgent), Thượng khẩn (top_urgent) or Hỏa tốc (express); printed as the boxed mark under the number. Leave out when the document is not urgent.")
            .Typed("do_khan", "muc_do_khan").Shown("urgency", d => d.Urgency is { } u ? Choices.Urgency.VietnameseOf(u) : null),
        Rows<T>.Of("reply_deadline", DateKind.Full, d => d.ReplyDeadline, (d, v) => With(d, x => x with { ReplyDeadline = v }),
            "Hạn trả lời: ngày cần nhận được trả lời; không in trên văn bản, chỉ ghi vào thông tin gửi hệ thống quản lý văn bản (build --metadata).",
            "Hạn trả lời — the day an answer is asked for by; not printed, written to the e-office metadata (build --metadata).")
            .Typed("han_tra_loi"),
        Rows<T>.Of("title", TextKind.Instance, d => d.Title, (d, v) => With(d, x => x with { Title = v }),
            "Trích yếu nội dung; xuống dòng viết \\n.",
            "Trích yếu — the subject line; a line break may be written as \\n.").Needed().Typed("trich_yeu", "ten", "ten_ke_hoach", "tieu_de"),
    ];

    /// <summary>Reports an empty title: a document must say what it is about (PG2016).</summary>
    public static void CheckTitle(string title, Yaml.MapLoader map)
    {
        if (map.Node("title") is { IsNull: false } && string.IsNullOrWhiteSpace(title))
        {
            map.Context.Diagnostics.Add(Diagnostics.DiagnosticCode.EmptyTitle, map.Spans["title"]);
        }
    }

    /// <summary>Reports a reply deadline before the document's own date: the answer cannot be asked for before the question is sent (PG2310).</summary>
    public static void CheckReplyDeadline(Model.FamilyDocument document, Yaml.MapLoader map)
    {
        if (document.ReplyDeadline is { } deadline && document.Date is { IsFull: true } date && deadline.Earliest < date.Earliest)
        {
            map.Context.Diagnostics.Add(Diagnostics.DiagnosticCode.ReplyDeadlineBeforeDate, map.Spans["reply_deadline"],
                Templating.VietnameseFormat.DateShort(deadline), Templating.VietnameseFormat.DateShort(date));
        }
    }

    /// <summary>What every type but the plan checks once its keys are read: an empty title; footnotes and their references; the issuer's place when it is absent.</summary>
    public static T Finish<T>(T document, Yaml.MapLoader map)
        where T : Model.FamilyDocument
    {
        CheckTitle(document.Title, map);
        CheckReplyDeadline(document, map);
        FootnoteRules.Check(document.Footnotes, map);
        return map.Has("issuer") ? document : With(document, d => d with { Issuer = d.Issuer with { Span = map.Span } });
    }

    /// <summary>
    /// heading_case: how the document's part headings I, II … are printed; written only when it is
    /// not the decree's capitals, so a document that keeps the default never names it.
    /// </summary>
    public static Field<T> HeadingCase<T>(Access<T, Model.HeadingCase> a) =>
        Rows<T>.Of("heading_case", Choices.HeadingCase, d => a.Get(d) == Model.HeadingCase.Upper ? null : a.Get(d), (d, v) => a.Set(d, v!.Value),
            "Cách in tên các phần I, II: upper (chữ in hoa, mặc định) hoặc as_written (như đã viết).",
            "How part headings I, II are printed: upper (capitals, the default) or as_written.")
            .Typed("kieu_chu_tieu_de").Shown("heading_case", d => Choices.HeadingCase.Model(a.Get(d)));

    /// <summary>The rows after the document's own: recipients and archive; the signature.</summary>
    public static IEnumerable<Field<T>> Ending<T>()
        where T : Model.FamilyDocument =>
    [
        Rows<T>.Of("recipients", new ListKind<Model.Recipient>(() => RecipientShape.Shape), d => d.Recipients, (d, v) => With(d, x => x with { Recipients = v }),
            "Nơi nhận; \"- \" và \";\" được thêm tự động.",
            "Nơi nhận; \"- \" and \";\" are added.").Grouped().Typed("noi_nhan"),
        Rows<T>.Of("archive", TextsKind.Entries, d => d.Archive, (d, v) => With(d, x => x with { Archive = v }),
            "Lưu: ví dụ [VT, XD1].",
            "Lưu: e.g. [VT, XD1].").Typed("luu", "noi_luu"),
        Rows<T>.Of("copies", CountKind.Copies, d => d.Copies, (d, v) => With(d, x => x with { Copies = (int?)v }),
            "Số lượng bản phát hành; không in trên văn bản, ghi vào thông tin gửi hệ thống quản lý văn bản và sổ đăng ký văn bản đi.",
            "Số lượng bản — how many copies are issued; not printed, written to the e-office metadata and the outgoing register.")
            .Typed("so_luong_ban", "so_ban"),
        Rows<T>.Of("signature", SignatureShape.Shape, d => d.Signature, (d, v) => With(d, x => x with { Signature = v }),
            "Chữ ký: thẩm quyền, chức vụ, họ tên.",
            "The signature: authority, office, name.").Grouped().Typed("chu_ky", "nguoi_ky", "ky"),
        Rows<T>.Of("footnotes", TextsKind.Paragraphs, d => d.Footnotes, (d, v) => With(d, x => x with { Footnotes = v }),
            "Chú thích cuối trang: mục thứ nhất là chú thích [^1] ghi trong đoạn văn, mục thứ hai là [^2] …",
            "Footnotes: the first entry is the note that [^1] in the text refers to, the second the one [^2] refers to …").Grouped().Typed("chu_thich", "ghi_chu_cuoi_trang"),
    ];

    // A shared value set on any type of the family: the copy keeps the type it was made from.
    private static T With<T>(T document, Func<Model.FamilyDocument, Model.FamilyDocument> change)
        where T : Model.FamilyDocument => (T)change(document);
}
