using PlanGen.Core.Document;
using PlanGen.Core.Document.Grammar;

namespace PlanGen.Core.Recognition;

/// <summary>
/// The Decree 30 outline of a document, found once over its tree whatever the layout (header boxes
/// in a table, on tab-separated lines or side by side on one line; plain paragraphs): header items,
/// type line and subject, a công văn's V/v subject, Kính gửi, body, closing, signature and appendix,
/// and the document issued with it and printed after it, with an outline of its own. Every item
/// keeps its source paragraph, so the check reads its formatting and the import its text. Anything
/// not found is null or empty.
/// </summary>
public sealed class DocumentOutline
{
    /// <summary>Every paragraph of the file in reading order.</summary>
    public IReadOnlyList<OutlineParagraph> Paragraphs { get; }

    public TextSegment? NationalTitle { get; internal set; }
    public TextSegment? Motto { get; internal set; }
    /// <summary>The governing body's last line; null when the header names none.</summary>
    public TextSegment? Governing => GoverningLines.Count > 0 ? GoverningLines[^1] : null;

    /// <summary>The issuing body's last line, under which the decree draws a short line; null when the header names none.</summary>
    public TextSegment? Issuer => IssuerLines.Count > 0 ? IssuerLines[^1] : null;

    /// <summary>The lines of the governing body's name, as many as the box wraps it over.</summary>
    public IReadOnlyList<TextSegment> GoverningLines { get; internal set; } = [];

    /// <summary>The lines of the issuing body's name ("ỦY BAN NHÂN DÂN" / "TỈNH LÀO CAI").</summary>
    public IReadOnlyList<TextSegment> IssuerLines { get; internal set; } = [];

    /// <summary>The issuing body's name on one line, as the header prints it; null when the header names none.</summary>
    public string? IssuerName => IssuerLines.Count == 0 ? null : OutlineRecognizer.Joined(IssuerLines);
    public TextSegment? Number { get; internal set; }
    /// <summary>
    /// The rest of the number line a narrow box wrapped onto the next line ("Số:" / "94/KH-UBND"), or
    /// drew out after other pieces of the header ("Số:" … "/KH-UBND"); null when it is one line.
    /// </summary>
    public TextSegment? NumberGoesOn { get; internal set; }

    /// <summary>The number line's text, on one line.</summary>
    public string? NumberText => Number is null ? null : NumberGoesOn is null ? Number.Text : Number.Text + " " + NumberGoesOn.Text;

    public TextSegment? PlaceDate { get; internal set; }

    /// <summary>
    /// The rest of the place-and-date line a narrow box broke onto the next line ("Lào Cai," /
    /// "ngày 31 tháng 01 năm 2024"; "Lạng" / "Sơn, ngày 25 …"), or the pieces a page drew out of
    /// the box one at a time ("Tân Thanh Tây, ngày" … "tháng" … "năm 201"); empty when it is one line.
    /// </summary>
    public IReadOnlyList<TextSegment> PlaceDateGoesOn { get; internal set; } = [];

    /// <summary>The place-and-date line's text, on one line.</summary>
    public string? PlaceDateText => PlaceDate is null ? null : string.Join(" ", PlaceDateGoesOn.Prepend(PlaceDate).Select(s => s.Text));

    /// <summary>
    /// Every segment the header's boxes take, in reading order: the national title and motto (and
    /// the pieces a narrow box wrapped them into), the bodies' names, the number and place-and-date
    /// lines with what goes on from them, the urgency and draft marks, the type line; and the
    /// header printed a second time (<see cref="RepeatedHeader"/>). Text of the header that is none
    /// of these is not in it.
    /// </summary>
    public IReadOnlyList<TextSegment> HeaderItems { get; internal set; } = [];

    /// <summary>
    /// The lines of a header printed again under the filled one as the blank Word form ("Số:      /UBND",
    /// "ngày   tháng   năm 2017", the bodies' names once more): the filled one is the document's.
    /// </summary>
    public IReadOnlyList<TextSegment> RepeatedHeader { get; internal set; } = [];

    /// <summary>Every segment of the document in reading order: paragraphs cut at tabs and, in the header, at each box a line prints beside another.</summary>
    public IReadOnlyList<TextSegment> Segments { get; internal set; } = [];

    /// <summary>"HỎA TỐC", "THƯỢNG KHẨN" or "KHẨN" in the header; null when the document is not urgent.</summary>
    public TextSegment? Urgency { get; internal set; }

    public TextSegment? DocumentType { get; internal set; }

    /// <summary>The kind the type line names (Kế hoạch, Quyết định …); null without a type line.</summary>
    public DocumentKind? Kind { get; internal set; }

    /// <summary>The words after the kind's name on the type line ("HÀNH ĐỘNG" of "KẾ HOẠCH HÀNH ĐỘNG"); empty when there are none.</summary>
    public string TypeSuffix { get; internal set; } = "";

    /// <summary>The subject under the type line, a line or several.</summary>
    public IReadOnlyList<TextSegment> Subject { get; internal set; } = [];

    /// <summary>A công văn's "V/v …" subject under its number (Form 1.5); null in a document with a type title.</summary>
    public TextSegment? LetterSubject { get; internal set; }

    /// <summary>The lines a text page wrapped the V/v subject onto, after <see cref="LetterSubject"/>; empty when it is one line.</summary>
    public IReadOnlyList<TextSegment> LetterSubjectGoesOn { get; internal set; } = [];

    /// <summary>True for a công văn: a "V/v" subject in the header and no type title.</summary>
    public bool IsLetter => DocumentType is null && LetterSubject is not null;

    /// <summary>True for a Quyết định (Form 1.3): its type title says so.</summary>
    public bool IsDecision => DocumentType is not null && Kind?.Code == "QĐ" && TypeSuffix.Length == 0;

    /// <summary>The Kính gửi line of a report or letter, under the subject; null when there is none.</summary>
    public TextSegment? Addressee { get; internal set; }

    /// <summary>Body paragraphs: after the title, before the closing block, outside tables, not empty.</summary>
    public IReadOnlyList<Paragraph> Body { get; internal set; } = [];

    /// <summary>
    /// Every line of the file in reading order as a reader sees it (<see cref="BodyLine.Of(IEnumerable{Block})"/>):
    /// the lines of its paragraphs, a layout table's cell by cell, a task or figures table as one line.
    /// </summary>
    public IReadOnlyList<BodyLine> Lines { get; }

    /// <summary>The lines of the body: those of <see cref="Lines"/> from the body's first paragraph to its last, a layout table's cells and a data table among them.</summary>
    public IReadOnlyList<BodyLine> BodyLines { get; internal set; } = [];

    /// <summary>
    /// The body's structure: parts and divisions with their clauses, points and items, what stands
    /// before the first part and after the last; what import writes as the plan's parts and check numbers.
    /// </summary>
    public BodyOutline BodyOutline => _bodyOutline ??= OutlineRecognizer.ReadBodyOutline(BodyLines, items: false);

    private BodyOutline? _bodyOutline;

    /// <summary>
    /// The body read as a Công văn's, Thông báo's or Tờ trình's: its opening paragraphs, the numbered
    /// items "1.", "2." before any part, then the parts; what import writes as such a document's items and parts.
    /// </summary>
    public BodyOutline ItemsOutline => _itemsOutline ??= OutlineRecognizer.ReadBodyOutline(BodyLines, items: true);

    private BodyOutline? _itemsOutline;

    public TextSegment? RecipientsHeading { get; internal set; }
    public IReadOnlyList<TextSegment> Recipients { get; internal set; } = [];

    /// <summary>The signing block's lines in capitals: authority ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH") and office.</summary>
    public IReadOnlyList<TextSegment> SigningLines { get; internal set; } = [];

    public TextSegment? SignerName { get; internal set; }

    /// <summary>
    /// Every line of the closing read as one of its items, in reading order: the heading, each
    /// recipient's lines, the signing lines, the name, the note. A line of a layout table that is
    /// none ("(Đã ký)") is not among them.
    /// </summary>
    public IReadOnlyList<TextSegment> ClosingLines { get; internal set; } = [];

    /// <summary>The note a clerk prints under the signer's name ("Chủ tịch UBND xã"); null when there is none.</summary>
    public TextSegment? SignatureNote { get; internal set; }

    /// <summary>
    /// The type title of a document printed after this one and issued with it (the plan after its
    /// decision, Form 1.3): a type title past the first, with a "(Ban hành kèm theo …)" line under
    /// its subject. Null when the file holds one document.
    /// </summary>
    public TextSegment? IssuedTitle => Issued?.DocumentType;

    /// <summary>The "(Ban hành kèm theo …)" line of the issued document, or of this one when it <see cref="StandsIssued"/>; null when there is none.</summary>
    public TextSegment? IssuedWith { get; internal set; }

    /// <summary>
    /// True for a document issued with a decision: printed after it in the same file, or filed
    /// apart (<c>build --separate</c>), when it opens with its title block and <see cref="IssuedWith"/>,
    /// without header boxes, number line or signature.
    /// </summary>
    public bool StandsIssued { get; internal set; }

    /// <summary>The section (numbered from 0) where the issued document starts; -1 when there is none.</summary>
    public int IssuedSection { get; internal set; } = -1;

    /// <summary>The document issued with this one and printed after it, with its own subject, body and appendix; null when there is none.</summary>
    public DocumentOutline? Issued { get; internal set; }

    public TextSegment? AppendixCaption { get; internal set; }
    public TextSegment? AppendixReference { get; internal set; }
    public IReadOnlyList<(TableBlock Table, int Section)> AppendixTables { get; internal set; } = [];

    /// <summary>This document, then the one issued with it: each has its own body, numbering and appendix.</summary>
    public IEnumerable<DocumentOutline> Documents => Issued is null ? [this] : [this, .. Issued.Documents];

    /// <summary>The number line as the grammar reads it; null without one.</summary>
    public NumberLine? NumberRead => NumberText is null ? null : NumberLine.Parse(NumberText)?.Value;

    /// <summary>The place-and-date line as the grammar reads it; null without one.</summary>
    public PlaceDateLine? PlaceDateRead => PlaceDateText is null ? null : PlaceDateLine.Parse(PlaceDateText)?.Value;

    internal DocumentOutline(IReadOnlyList<OutlineParagraph> paragraphs, IReadOnlyList<BodyLine> lines)
    {
        Paragraphs = paragraphs;
        Lines = lines;
    }

    /// <summary>The outline of <paramref name="document"/>.</summary>
    public static DocumentOutline Of(LayoutDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return OutlineRecognizer.Read(document);
    }
}
