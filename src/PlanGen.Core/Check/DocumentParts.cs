using System.Text.RegularExpressions;
using PlanGen.Core.Document.Grammar;
using PlanGen.Core.Document;

namespace PlanGen.Core.Check;

/// <summary>
/// The parts of an administrative document found in a read DOCX by their words, whatever their
/// layout (tables, tab-separated paragraphs, plain paragraphs): header items, title, body,
/// closing block, signature and appendix. Anything not found is null or empty. The lines the decree
/// fixes are found by the grammar that reads them (<see cref="Document.Grammar"/>).
/// </summary>
public sealed partial class DocumentParts
{
    /// <summary>Every paragraph in reading order with the table it sits in (null at top level).</summary>
    public IReadOnlyList<(Paragraph Paragraph, TableBlock? Table, int Section)> Paragraphs { get; }

    public TextSegment? NationalTitle { get; private set; }
    public TextSegment? Motto { get; private set; }
    public TextSegment? Governing { get; private set; }
    public TextSegment? Issuer { get; private set; }
    public TextSegment? Number { get; private set; }
    public TextSegment? PlaceDate { get; private set; }
    public TextSegment? DocumentType { get; private set; }
    public IReadOnlyList<TextSegment> Subject { get; private set; } = [];

    /// <summary>A công văn's "V/v …" subject under its number (Form 1.5); null in a document with a type title.</summary>
    public TextSegment? LetterSubject { get; private set; }

    /// <summary>True for a công văn: a "V/v" subject in the header and no type title.</summary>
    public bool IsLetter => DocumentType is null && LetterSubject is not null;

    /// <summary>True for a Quyết định (Form 1.3): its type title says so.</summary>
    public bool IsDecision => DocumentType is { } type && Fold(type.Text) == "QUYẾT ĐỊNH";

    /// <summary>The Kính gửi line of a report or letter, under the subject; null when there is none.</summary>
    public TextSegment? Addressee { get; private set; }

    /// <summary>Body paragraphs: after the title, before the closing block, outside tables, not empty.</summary>
    public IReadOnlyList<Paragraph> Body { get; private set; } = [];

    public TextSegment? RecipientsHeading { get; private set; }
    public IReadOnlyList<TextSegment> Recipients { get; private set; } = [];
    public IReadOnlyList<TextSegment> SigningLines { get; private set; } = [];
    public TextSegment? SignerName { get; private set; }

    /// <summary>
    /// The type title of a document printed after this one and issued with it (the plan after its
    /// decision, Form 1.3): a type title past the first, with a "(Ban hành kèm theo …)" line under
    /// its subject. Null when the file holds one document.
    /// </summary>
    public TextSegment? IssuedTitle { get; private set; }

    /// <summary>The "(Ban hành kèm theo …)" line of <see cref="IssuedTitle"/>; null when there is none.</summary>
    public TextSegment? IssuedWith { get; private set; }

    /// <summary>
    /// True for a file that holds only a plan issued with a decision (<c>build --separate</c>): it
    /// opens with its title block and <see cref="IssuedWith"/>, without header boxes, number line or signature.
    /// </summary>
    public bool StandsIssued { get; private set; }

    /// <summary>The section (numbered from 0) where the issued document starts; -1 when there is none.</summary>
    public int IssuedSection { get; private set; } = -1;

    public TextSegment? AppendixCaption { get; private set; }
    public TextSegment? AppendixReference { get; private set; }
    public IReadOnlyList<(TableBlock Table, int Section)> AppendixTables { get; private set; } = [];

    public DocumentParts(LayoutDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var all = DocumentWalk.WithTables(document.Body).Select(p => (p.Paragraph, p.Table, p.Paragraph.Place?.Section ?? 0)).ToList();
        var tables = document.Body.OfType<TableBlock>().Select(t => (t, t.Place?.Section ?? 0)).ToList();
        Paragraphs = all;
        // Each paragraph's index as it is enumerated: looking it up would be quadratic in a long document.
        var segments = all.SelectMany((p, index) => TextSegment.Of(p.Item1).Select(segment => (Segment: segment, Index: index))).ToList();
        FindHeader(segments);
        var issuedAt = FindIssued(segments);
        // The document issued with this one is its own: its text is not this one's body or closing.
        var bodyEnd = FindClosing([.. segments.Where(s => s.Index < issuedAt)]);
        FindBody(Math.Min(bodyEnd, issuedAt));
        FindAppendix(segments, tables);
    }

    /// <summary>Upper case, single spaces, "HOÀ" spelled "HÒA": for comparing header words.</summary>
    public static string Fold(string text) =>
        Spaces().Replace(Text.VietnameseCasing.Upper(text), " ").Replace("HOÀ", "HÒA", StringComparison.Ordinal).Replace('–', '-').Trim();

    private int _typeIndex = -1;

    private void FindHeader(List<(TextSegment Segment, int Index)> segments)
    {
        var head = segments.Take(60).ToList();
        NationalTitle = head.FirstOrDefault(s => Fold(s.Segment.Text).Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", StringComparison.Ordinal)).Segment;
        Motto = head.FirstOrDefault(s => Fold(s.Segment.Text) is var t && t.Contains("ĐỘC LẬP", StringComparison.Ordinal) && t.Contains("HẠNH PHÚC", StringComparison.Ordinal)).Segment;
        var number = head.FirstOrDefault(s => NumberLine.Parse(s.Segment.Text) is not null);
        Number = number.Segment;
        PlaceDate = head.FirstOrDefault(s => PlaceDateLine.Parse(s.Segment.Text) is not null).Segment;
        var type = head.FirstOrDefault(s => DocumentKinds.ByHeading(Fold(s.Segment.Text)) is not null);
        DocumentType = type.Segment;
        if (type.Segment is not null)
        {
            _typeIndex = type.Index;
            Subject = segments.SkipWhile(s => s.Index <= type.Index)
                .TakeWhile(s => s.Segment.Paragraph.Format?.Alignment == TextAlignment.Center && !IsBodyLike(s.Segment) && Addressees.Parse(s.Segment.Text) is null && !IssuedWithLine(s.Segment.Text))
                .Take(4).Select(s => s.Segment).ToList();
            // The subject ends at the short line drawn under it: a decision's authority line follows it, centred too.
            Subject = [.. Subject.Take(Subject.TakeWhile(s => !LinedBelow(s)).Count() + 1)];
            if (Subject.Count == 0 && segments.FirstOrDefault(s => s.Index > type.Index).Segment is { } next) Subject = [next];
            // A plan issued with a decision and filed apart opens with its title block: no header
            // boxes, the "(Ban hành kèm theo …)" line under its subject.
            if (NationalTitle is null && Number is null
                && segments.SkipWhile(s => s.Index <= type.Index + Subject.Count).FirstOrDefault().Segment is { } caption && IssuedWithLine(caption.Text))
            {
                IssuedWith = caption;
                StandsIssued = true;
            }
            // A report or letter says whom it is sent to right under its subject: not body text.
            Addressee = segments.SkipWhile(s => s.Index <= type.Index + Subject.Count).Take(1)
                .FirstOrDefault(s => Addressees.Parse(s.Segment.Text) is not null).Segment;
        }

        else if (head.FirstOrDefault(s => s.Segment.Text.StartsWith("V/v", StringComparison.OrdinalIgnoreCase) && SubjectLine.Parse(s.Segment.Text) is not null) is { Segment: { } letter } found)
        {
            // A công văn has no type title: its "V/v" subject under the number, then Kính gửi, then the body.
            LetterSubject = letter;
            var addressee = segments.SkipWhile(s => s.Index <= found.Index).Take(12).FirstOrDefault(s => Addressees.Parse(s.Segment.Text) is not null);
            Addressee = addressee.Segment;
            _typeIndex = Addressee is null ? Math.Max(found.Index, PlaceDate is null ? found.Index : segments.First(s => s.Segment == PlaceDate).Index) : addressee.Index - 1;
        }

        // The issuing body is what stands above the number line in the left column; the governing body above it.
        var limit = number.Segment is null ? (type.Segment is null ? -1 : type.Index) : number.Index;
        var bodies = head.Where(s => s.Index < limit)
            .Select(s => s.Segment)
            .Where(s => s != NationalTitle && s != Motto && s != PlaceDate && s != Number && s.Text.Any(char.IsLetter))
            .ToList();
        Issuer = bodies.LastOrDefault();
        Governing = bodies.Count > 1 ? bodies[^2] : null;
    }

    private bool LinedBelow(TextSegment segment)
    {
        var paragraph = segment.Paragraph;
        if (paragraph.DrawsLine || paragraph.Format?.BorderBelow == true) return true;
        var index = -1;
        for (var i = 0; i < Paragraphs.Count && index < 0; i++)
        {
            if (ReferenceEquals(Paragraphs[i].Paragraph, paragraph)) index = i;
        }
        return index >= 0 && index + 1 < Paragraphs.Count && Paragraphs[index + 1].Paragraph is { } next
            && next.Text.Trim().Length == 0 && (next.DrawsLine || next.Format?.BorderBelow == true);
    }

    // A subject ends where the body begins: a justified or indented paragraph of sentence text.
    private static bool IsBodyLike(TextSegment segment) =>
        segment.Paragraph.Format is { } format && (format.Alignment == TextAlignment.Justify || format.FirstLineIndentMm > 1) && segment.Paragraph.Text.Length > 60;

    // The index of the issued document's type title, or the count of paragraphs when there is none.
    private int FindIssued(List<(TextSegment Segment, int Index)> segments)
    {
        if (_typeIndex < 0 || StandsIssued) return Paragraphs.Count;
        for (var i = 0; i < segments.Count; i++)
        {
            var (segment, index) = segments[i];
            if (index <= _typeIndex || Paragraphs[index].Table is not null || DocumentKinds.ByHeading(Fold(segment.Text)) is null) continue;
            var caption = segments.Skip(i + 1).Take(6).FirstOrDefault(s => Paragraphs[s.Index].Table is null && IssuedWithLine(s.Segment.Text));
            if (caption.Segment is null) continue;
            IssuedTitle = segment;
            IssuedWith = caption.Segment;
            IssuedSection = Paragraphs[index].Section;
            return index;
        }
        return Paragraphs.Count;
    }

    private static bool IssuedWithLine(string text) =>
        Document.Grammar.AppendixReference.StartsReference(text) && text.TrimStart().TrimStart('(').TrimStart().StartsWith("Ban hành", StringComparison.OrdinalIgnoreCase);

    private int FindClosing(List<(TextSegment Segment, int Index)> segments)
    {
        var heading = segments.FirstOrDefault(s => RecipientLine.IsHeading(s.Segment.Text));
        if (heading.Segment is null)
        {
            return Paragraphs.Count;
        }

        RecipientsHeading = heading.Segment;
        var after = segments.Where(s => s.Index > heading.Index).ToList();
        var recipients = new List<TextSegment>();
        var signing = new List<TextSegment>();
        var inTable = Paragraphs[heading.Index].Table;
        foreach (var (segment, index) in after)
        {
            if (IsAppendixStart(segment) || Paragraphs[index].Table != inTable) break;
            if (NumberingLabel.Parse(segment.Text)?.Label.Kind == LabelKind.Dash || ArchiveLine.Parse(segment.Text) is not null)
            {
                recipients.Add(segment);
            }
            else
            {
                signing.Add(segment);
            }
        }

        Recipients = recipients;
        SigningLines = signing.Where(s => s.UpperCase).ToList();
        // The name stands under the upper-case lines; a line under the name is the signature's note
        // ("Chủ tịch UBND xã"), and "(Đã ký)" above it is no name.
        var lower = signing.Where(s => !s.UpperCase).ToList();
        SignerName = lower.FirstOrDefault(s => !s.Text.TrimStart().StartsWith('(')) ?? lower.LastOrDefault();
        var table = Paragraphs[heading.Index].Table;
        return table is null ? heading.Index : Paragraphs.Select((p, i) => (p, i)).First(x => x.p.Table == table).i;
    }

    private void FindBody(int end)
    {
        var start = IsLetter ? _typeIndex + 1 + (Addressee is null ? 0 : 1) : _typeIndex + 1 + Subject.Count + (Addressee is null ? 0 : 1) + (StandsIssued ? 1 : 0);
        Body = Paragraphs.Skip(Math.Max(0, start)).Take(Math.Max(0, end - start))
            .Where(p => p.Table is null && p.Paragraph.Text.Trim().Length > 0)
            .Select(p => p.Paragraph).ToList();
    }

    private static bool IsAppendixStart(TextSegment segment) =>
        Fold(segment.Text).StartsWith("PHỤ LỤC", StringComparison.Ordinal) && segment.Text.Length < 120;

    private void FindAppendix(List<(TextSegment Segment, int Index)> segments, List<(TableBlock, int)> tables)
    {
        var start = RecipientsHeading is null ? -1 : segments.First(s => s.Segment == RecipientsHeading).Index;
        var caption = segments.FirstOrDefault(s => s.Index > start && start >= 0 && Paragraphs[s.Index].Table is null && IsAppendixStart(s.Segment));
        if (caption.Segment is null) return;
        AppendixCaption = caption.Segment;
        AppendixReference = segments.Where(s => s.Index > caption.Index).Take(6)
            .FirstOrDefault(s => Document.Grammar.AppendixReference.StartsReference(s.Segment.Text)).Segment;
        var captionSection = Paragraphs[caption.Index].Section;
        AppendixTables = tables.Where(t => t.Item2 >= captionSection && t.Item1.Bordered && DocumentCheckContext.NumberOf(t.Item1) > DocumentCheckContext.NumberOf(caption.Segment.Paragraph)).ToList();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
