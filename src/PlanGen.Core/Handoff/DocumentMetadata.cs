namespace PlanGen.Core.Handoff;

/// <summary>
/// What the e-office asks of an outgoing document (Decree 30, Appendix VI) as far as plangen
/// knows it. A value plangen does not know is null and is written as null, never guessed: the
/// page count without a PDF; the urgency, copies and reply deadline when the document does not state them.
/// </summary>
/// <param name="TypeCode">Loại văn bản, as its code: KH, BC.</param>
/// <param name="TypeName">The kind's name: Kế hoạch, Báo cáo.</param>
/// <param name="Number">Số: null in a draft.</param>
/// <param name="Code">Số, ký hiệu: <c>68/KH-UBND</c>; null in a draft.</param>
/// <param name="Date">Ngày, tháng, năm ban hành as ISO 8601 (a month alone in a draft); null when none.</param>
/// <param name="Issuer">Cơ quan ban hành.</param>
/// <param name="IssuerCode">The issuer's code in the number: UBND.</param>
/// <param name="IssuerUnit">The issuer's id in units.yaml, or null.</param>
/// <param name="Subject">Trích yếu nội dung, on one line, without emphasis or footnote marks.</param>
/// <param name="Language">Ngôn ngữ: vi.</param>
/// <param name="Pages">Số trang, counted in the PDF; null when no PDF was written.</param>
/// <param name="SignerOffice">Chức vụ người ký.</param>
/// <param name="SignerName">Họ tên người ký.</param>
/// <param name="Recipients">Nơi nhận, each with its id in units.yaml when it names a listed unit.</param>
/// <param name="Urgency">Độ khẩn as the decree names it (Khẩn, Thượng khẩn, Hỏa tốc); null when the document is not urgent.</param>
/// <param name="Copies">Số lượng bản; null when the document does not state it.</param>
/// <param name="ReplyDeadline">Hạn trả lời (ISO 8601) when the document sets one; else null.</param>
/// <param name="Docx">The DOCX's file name, beside the metadata.</param>
/// <param name="Pdf">The PDF's file name, or null.</param>
public sealed record DocumentMetadata(
    string TypeCode,
    string TypeName,
    int? Number,
    string? Code,
    string? Date,
    string Issuer,
    string IssuerCode,
    string? IssuerUnit,
    string Subject,
    string Language,
    int? Pages,
    string? SignerOffice,
    string? SignerName,
    IReadOnlyList<MetadataRecipient> Recipients,
    string? Urgency,
    int? Copies,
    string? ReplyDeadline,
    string Docx,
    string? Pdf);
