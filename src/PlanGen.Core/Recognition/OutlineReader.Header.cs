using PlanGen.Core.Document;
using PlanGen.Core.Document.Grammar;

namespace PlanGen.Core.Recognition;

internal static partial class OutlineReader
{
    // The header's boxes stand among the first segments.
    private const int HeaderSegments = 60;

    // Reads boxes 1–5, the type line and subject (or a công văn's V/v subject) and Kính gửi; the
    // index of the paragraph the body follows (the type line's, or the letter's last header line), -1 without one.
    private static int ReadHeader(DocumentOutline outline, List<Placed> segments)
    {
        var head = segments.Take(HeaderSegments).ToList();
        outline.NationalTitle = head.FirstOrDefault(s => HeaderLines.IsNationalTitle(s.Segment.Text)).Segment
            // "CỘNG" / "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM": a narrow box wrapped it.
            ?? head.FirstOrDefault(s => HeaderLines.IsNationalPiece(s.Segment.Text) && !HeaderLines.IsMotto(s.Segment.Text) && !s.Segment.Text.Contains("Độc lập", StringComparison.OrdinalIgnoreCase)).Segment;
        outline.Motto = head.FirstOrDefault(s => HeaderLines.IsMotto(s.Segment.Text)).Segment;
        var number = head.FirstOrDefault(s => NumberLine.Parse(s.Segment.Text) is not null);
        outline.Number = number.Segment;
        outline.PlaceDate = head.FirstOrDefault(s => PlaceDateLine.Parse(s.Segment.Text) is not null).Segment;
        outline.Urgency = head.FirstOrDefault(s => HeaderLines.IsUrgency(s.Segment.Text)).Segment;
        var type = head.FirstOrDefault(s => HeaderLines.TypeLine(s.Segment.Text) is not null);
        var typeIndex = -1;
        if (type.Segment is not null)
        {
            typeIndex = type.Index;
            outline.DocumentType = type.Segment;
            (outline.Kind, outline.TypeSuffix) = HeaderLines.TypeLine(type.Segment.Text)!.Value;
            ReadSubject(outline, segments, type.Index);
            // A plan issued with a decision and filed apart opens with its title block: no header
            // boxes, the "(Ban hành kèm theo …)" line under its subject.
            if (outline.NationalTitle is null && outline.Number is null
                && segments.SkipWhile(s => s.Index <= type.Index + outline.Subject.Count).FirstOrDefault().Segment is { } caption && IssuedWithLine(caption.Text))
            {
                outline.IssuedWith = caption;
                outline.StandsIssued = true;
            }
            // A report or letter says whom it is sent to right under its subject: not body text.
            outline.Addressee = segments.SkipWhile(s => s.Index <= type.Index + outline.Subject.Count).Take(1)
                .FirstOrDefault(s => Addressees.Parse(s.Segment.Text) is not null).Segment;
        }
        else if (head.FirstOrDefault(s => s.Segment.Text.StartsWith("V/v", StringComparison.OrdinalIgnoreCase) && SubjectLine.Parse(s.Segment.Text) is not null) is { Segment: { } letter } found)
        {
            // A công văn has no type title: its "V/v" subject under the number, then Kính gửi, then the body.
            outline.LetterSubject = letter;
            var addressee = segments.SkipWhile(s => s.Index <= found.Index).Take(12).FirstOrDefault(s => Addressees.Parse(s.Segment.Text) is not null);
            outline.Addressee = addressee.Segment;
            typeIndex = outline.Addressee is null ? Math.Max(found.Index, outline.PlaceDate is null ? found.Index : segments.First(s => s.Segment == outline.PlaceDate).Index) : addressee.Index - 1;
        }

        // The issuing body is what stands above the number line in the left column; the governing body above it.
        var limit = number.Segment is null ? (type.Segment is null ? -1 : type.Index) : number.Index;
        var bodies = head.Where((s, i) => s.Index < limit && !IsNational(head, i))
            .Select(s => s.Segment)
            .Where(s => s != outline.Motto && s != outline.PlaceDate && s != outline.Number && s != outline.Urgency
                && GrammarText.Collapse(s.Text) != HeaderLines.DraftMark && s.Text.Any(char.IsLetter))
            .ToList();
        outline.Issuer = bodies.LastOrDefault();
        outline.Governing = bodies.Count > 1 ? bodies[^2] : null;
        return typeIndex;
    }

    // The national title, the motto, or a piece a narrow box wrapped ("CỘNG" above "HÒA XÃ HỘI …").
    private static bool IsNational(List<Placed> head, int i)
    {
        var text = head[i].Segment.Text;
        if (HeaderLines.IsNationalPiece(text) || HeaderLines.IsNationalTitle(text) || HeaderLines.IsMotto(text)) return true;
        return (!text.Contains(' ', StringComparison.Ordinal) || text.StartsWith("CỘNG ", StringComparison.Ordinal))
            && i + 1 < head.Count && HeaderLines.IsNationalPiece(text + " " + head[i + 1].Segment.Text);
    }

    // The subject under the type line: centred lines up to the short line drawn under it, or the line after the type line.
    private static void ReadSubject(DocumentOutline outline, List<Placed> segments, int typeIndex)
    {
        var subject = segments.SkipWhile(s => s.Index <= typeIndex)
            .TakeWhile(s => s.Segment.Paragraph.Format?.Alignment == TextAlignment.Center && !IsBodyLike(s.Segment) && Addressees.Parse(s.Segment.Text) is null && !IssuedWithLine(s.Segment.Text))
            .Take(4).Select(s => s.Segment).ToList();
        // The subject ends at the short line drawn under it: a decision's authority line follows it, centred too.
        subject = [.. subject.Take(subject.TakeWhile(s => !LinedBelow(outline, s)).Count() + 1)];
        if (subject.Count == 0 && segments.FirstOrDefault(s => s.Index > typeIndex).Segment is { } next) subject = [next];
        outline.Subject = subject;
    }

    private static bool LinedBelow(DocumentOutline outline, TextSegment segment)
    {
        var paragraph = segment.Paragraph;
        if (paragraph.DrawsLine || paragraph.Format?.BorderBelow == true) return true;
        var all = outline.Paragraphs;
        var index = -1;
        for (var i = 0; i < all.Count && index < 0; i++)
        {
            if (ReferenceEquals(all[i].Paragraph, paragraph)) index = i;
        }
        return index >= 0 && index + 1 < all.Count && all[index + 1].Paragraph is { } next
            && next.Text.Trim().Length == 0 && (next.DrawsLine || next.Format?.BorderBelow == true);
    }

    // A subject ends where the body begins: a justified or indented paragraph of sentence text.
    private static bool IsBodyLike(TextSegment segment) =>
        segment.Paragraph.Format is { } format && (format.Alignment == TextAlignment.Justify || format.FirstLineIndentMm > 1) && segment.Paragraph.Text.Length > 60;
}
