namespace PlanGen.Core.Model;

/// <summary>
/// What every document of the family (Kế hoạch, Báo cáo, and the types to come) has, whatever its
/// own parts: the header boxes, the title, the recipients and the signature. Templates, the
/// appendix caption and the outputs read these alike for any type.
/// </summary>
public interface IFamilyDocument
{
    /// <summary>Where the whole document was written.</summary>
    Diagnostics.SourceSpan Span { get; }

    /// <summary>Where a key of the document was written, or the document's place when it is absent.</summary>
    Diagnostics.SourceSpan SpanOf(string field);

    /// <summary>The YAML file it was read from.</summary>
    string SourcePath { get; }

    /// <summary>The template it names.</summary>
    string? Template { get; }

    /// <summary>The type code in its number: KH, BC.</summary>
    string TypeCode { get; }

    /// <summary>The issuing body.</summary>
    Issuer Issuer { get; }

    /// <summary>Số: absent in a draft.</summary>
    DocumentNumber? Number { get; }

    /// <summary>The issue date; a month only in a draft.</summary>
    VnDate? Date { get; }

    /// <summary>Trích yếu — the subject line.</summary>
    string Title { get; }

    /// <summary>Độ khẩn: Khẩn, Thượng khẩn or Hỏa tốc, marked under the number; null for a document that is not urgent.</summary>
    Urgency? Urgency { get; }

    /// <summary>Hạn trả lời: the day by which an answer is asked for; null when none is.</summary>
    VnDate? ReplyDeadline { get; }

    /// <summary>Số lượng bản: how many copies are issued; null when not stated.</summary>
    int? Copies { get; }

    /// <summary>units.yaml given by the document or found beside it.</summary>
    string? UnitsPath { get; }

    /// <summary>Nơi nhận.</summary>
    IReadOnlyList<Recipient> Recipients { get; }

    /// <summary>Lưu: the archive line's entries.</summary>
    IReadOnlyList<string> Archive { get; }

    /// <summary>The signing block.</summary>
    Signature? Signature { get; }

    /// <summary>Chú thích — the footnotes its texts refer to as <c>[^1]</c>, <c>[^2]</c> …, in that order.</summary>
    IReadOnlyList<string> Footnotes { get; }

    /// <summary>The year a draft's date line falls back to when it has no date.</summary>
    int? Year { get; }
}
