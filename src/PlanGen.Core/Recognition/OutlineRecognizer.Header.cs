using System.Text.RegularExpressions;
using PlanGen.Core.Document;
using PlanGen.Core.Document.Grammar;

namespace PlanGen.Core.Recognition;

internal static partial class OutlineRecognizer
{
    // The header's boxes stand among the first segments.
    private const int HeaderSegments = 60;

    // Reads boxes 1–5, the type line and subject (or a công văn's V/v subject) and Kính gửi; the
    // index of the paragraph the body follows (the type line's, or the letter's last header line), -1 without one.
    private static int ReadHeader(DocumentOutline outline, List<Placed> segments)
    {
        var head = segments.Take(HeaderSegments).ToList();
        // The header's boxes stand above the type line: a date or number under it is the body's.
        var typeAt = head.FindIndex(s => IsTypeLine(outline, s));
        if (typeAt >= 0) head = head[..(typeAt + 1)];
        outline.NationalTitle = head.FirstOrDefault(s => HeaderLines.IsNationalTitle(s.Segment.Text)).Segment
            // "CỘNG" / "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM": a narrow box wrapped it.
            ?? head.FirstOrDefault(s => HeaderLines.IsNationalPiece(s.Segment.Text) && !HeaderLines.IsMotto(s.Segment.Text) && !s.Segment.Text.Contains("Độc lập", StringComparison.OrdinalIgnoreCase)).Segment;
        outline.Motto = head.FirstOrDefault(s => HeaderLines.IsMotto(s.Segment.Text)).Segment;
        // A header printed again as the blank form under the filled one: the filled number is the document's.
        var number = head.Where(s => NumberLine.Parse(s.Segment.Text) is not null).OrderBy(s => NumberLine.Parse(s.Segment.Text)!.Value.Number is null).FirstOrDefault();
        outline.Number = number.Segment;
        var numberAt = head.IndexOf(number);
        if (number.Segment is null)
        {
            // "Số:" and "94/KH-UBND" on lines of their own, or "Số: 5872" and "/KH-UBND": a narrow box wrapped the number line.
            numberAt = head.FindIndex(s => NumberOpening().IsMatch(s.Segment.Text));
            if (numberAt >= 0 && NumberSymbolAfter(head, numberAt) is { } symbol)
            {
                number = head[numberAt];
                outline.Number = number.Segment;
                outline.NumberGoesOn = symbol;
            }
            else
            {
                numberAt = -1;
            }
        }
        var dates = PlaceDates(head);
        var date = dates.OrderBy(d => d.Read.Date?.Day is null).FirstOrDefault();
        (outline.PlaceDate, outline.PlaceDateGoesOn) = (date.Line, date.GoesOn ?? []);
        var repeated = new List<TextSegment>();
        if (outline.NumberRead?.Number is not null) repeated.AddRange(head.Select(s => s.Segment).Where(s => s != outline.Number && NumberLine.Parse(s.Text) is { Value.Number: null }));
        if (date.Read?.Date?.Day is not null) repeated.AddRange(dates.Where(d => d.Line != date.Line && d.Read.Date?.Day is null).SelectMany(d => d.GoesOn.Prepend(d.Line)));
        outline.Urgency = head.FirstOrDefault(s => HeaderLines.IsUrgency(s.Segment.Text)).Segment;
        var type = head.FirstOrDefault(s => IsTypeLine(outline, s));
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
            outline.LetterSubjectGoesOn = LetterSubjectGoesOn(outline, segments, segments.IndexOf(found));
            var addressee = segments.SkipWhile(s => s.Index <= found.Index).Take(12).FirstOrDefault(s => Addressees.Parse(s.Segment.Text) is not null);
            outline.Addressee = addressee.Segment;
            var subjectEnd = outline.LetterSubjectGoesOn.Count > 0 ? segments.First(s => s.Segment == outline.LetterSubjectGoesOn[^1]).Index : found.Index;
            typeIndex = outline.Addressee is null ? Math.Max(subjectEnd, outline.PlaceDate is null ? found.Index : segments.First(s => s.Segment == outline.PlaceDate).Index) : addressee.Index - 1;
        }
        else if (head.FirstOrDefault(s => Addressees.Parse(s.Segment.Text) is not null) is { Segment: { } to } sent)
        {
            // A letter that lost its V/v subject (a page copied without its header) still says whom it
            // is sent to: the body follows its Kính gửi.
            outline.Addressee = to;
            typeIndex = sent.Index - 1;
        }

        // The issuing body is what stands above the number line in the left column; the governing body above it.
        // Counted in segments: a box beside the number on its line ("LÊ QUÝ ĐÔN Số: …") stands above it.
        var limit = numberAt >= 0 ? numberAt : type.Segment is null ? 0 : head.FindIndex(s => s.Segment == type.Segment);
        var lines = head.Where((s, i) => i < limit && !IsNational(head, i))
            .Select(s => s.Segment)
            .Where(s => s != outline.Motto && s != outline.PlaceDate && !outline.PlaceDateGoesOn.Contains(s) && s != outline.Number && s != outline.Urgency
                && !repeated.Contains(s) && GrammarText.Collapse(s.Text) != HeaderLines.DraftMark && s.Text.Any(char.IsLetter)
                // A post title above the header ("KẾ HOẠCH NĂM HỌC …") names no body.
                && HeaderLines.TypeLine(s.Text) is null)
            .ToList();
        var names = Names(lines, outline.PlaceDateRead?.Place);
        outline.IssuerLines = names.Count > 0 ? names[^1] : [];
        outline.GoverningLines = names.Count > 1 ? names[^2] : [];
        // The blank form prints the bodies' names again under the filled header.
        var named = names.SelectMany(n => n).ToList();
        if (repeated.Count > 0)
        {
            repeated.AddRange(head.Select(s => s.Segment).Where(s => !named.Contains(s) && HeaderLines.IsUpper(s.Text) && named.Any(n => HeaderLines.Fold(n.Text) == HeaderLines.Fold(s.Text))));
        }
        outline.RepeatedHeader = [.. head.Select(s => s.Segment).Where(repeated.Contains)];
        TextSegment?[] items = [outline.Motto, outline.Number, outline.NumberGoesOn, outline.PlaceDate, .. outline.PlaceDateGoesOn, outline.Urgency, outline.DocumentType];
        outline.HeaderItems = [.. head.Where((s, i) => IsNational(head, i) || items.Contains(s.Segment) || named.Contains(s.Segment) || repeated.Contains(s.Segment)
            || GrammarText.Collapse(s.Segment.Text) == HeaderLines.DraftMark).Select(s => s.Segment)];
        return typeIndex;
    }

    // The document's type line: not a post title of the same form above the header.
    private static bool IsTypeLine(DocumentOutline outline, Placed segment) =>
        HeaderLines.TypeLine(segment.Segment.Text) is not null && !StandsAboveHeader(outline.Paragraphs, segment.Index);

    /// <summary>
    /// The rest of a number line whose "Số:" stands alone: the next segment ("Số:" / "94/KH-UBND"),
    /// or, where a page drew the header's boxes out one piece at a time, the first later segment of
    /// the header that is a number's symbol and nothing else ("Số:", the national title, the place,
    /// then "/KH-UBND"); null when there is none.
    /// </summary>
    private static TextSegment? NumberSymbolAfter(List<Placed> head, int at)
    {
        var opening = head[at].Segment.Text;
        if (at + 1 < head.Count && NumberLine.Parse(opening + " " + head[at + 1].Segment.Text) is not null) return head[at + 1].Segment;
        if (!NumberOpening().IsMatch(opening) || opening.Any(char.IsDigit)) return null;
        return head.Skip(at + 2).Select(s => s.Segment).FirstOrDefault(s => HeaderBoxes.Symbol().IsMatch(s.Text) && NumberLine.Parse(opening + " " + s.Text) is not null);
    }

    /// <summary>
    /// Every place-and-date line among the header's segments with what it reads, and the pieces that
    /// go on from it when a narrow box broke it: inside the place ("Lạng" / "Sơn, ngày 25 …"), after
    /// it ("Lào Cai," / "ngày 31 tháng 01 năm 2024"), or after "ngày" where a page drew the boxes out
    /// one piece at a time ("Tân Thanh Tây, ngày", "/KH-UBND", "tháng", "năm 201"). A place has no
    /// figures (not a number line).
    /// </summary>
    private static List<(TextSegment Line, IReadOnlyList<TextSegment> GoesOn, PlaceDateLine Read)> PlaceDates(List<Placed> head)
    {
        var found = new List<(TextSegment, IReadOnlyList<TextSegment>, PlaceDateLine)>();
        for (var i = 0; i < head.Count; i++)
        {
            var text = head[i].Segment.Text;
            var next = i + 1 < head.Count ? head[i + 1].Segment : null;
            // A line holding no letters (the "|" a page writes after a table cell) opens no place.
            var opens = next is not null && text.Any(char.IsLetter) && !text.Any(char.IsDigit) && !HeaderLines.IsUpper(text) && !IsNational(head, i);
            if (opens && text.Split(' ').Length <= 2 && !text.EndsWith(',') && PlaceDateLine.Parse(next!.Text) is not null && PlaceDateAt(text + " " + next.Text) is { } broken)
            {
                found.Add((head[i].Segment, [next], broken));
                i++;
            }
            else if (PlaceDateAt(text) is { } one)
            {
                found.Add((head[i].Segment, [], one));
            }
            else if (opens && text.Contains(',', StringComparison.Ordinal) && PlaceDateAt(text + " " + next!.Text) is { Date: not null } two)
            {
                found.Add((head[i].Segment, [next], two));
                i++;
            }
            else if (opens && DateOpening().IsMatch(text) && DatePiecesAfter(head, i) is { Count: > 0 } pieces
                && PlaceDateAt(string.Join(" ", pieces.Prepend(head[i].Segment).Select(p => p.Text))) is { } scattered)
            {
                found.Add((head[i].Segment, pieces, scattered));
            }
        }
        return found;
    }

    // The "tháng …" and "năm …" pieces that follow a place-and-date line cut after "ngày", in order,
    // among the next few segments (other boxes' pieces may stand between them); up to the year.
    private static List<TextSegment> DatePiecesAfter(List<Placed> head, int at)
    {
        var pieces = new List<TextSegment>();
        foreach (var (segment, _) in head.Skip(at + 1).Take(6))
        {
            var piece = HeaderBoxes.DatePiece().Match(GrammarText.Collapse(segment.Text));
            if (!piece.Success || piece.Length == 0 || (pieces.Count > 0 && piece.Groups["month"].Success)) continue;
            if (pieces.Count == 0 && !piece.Groups["month"].Success) return [];
            pieces.Add(segment);
            if (piece.Groups["year"].Success) return pieces;
        }
        return [];
    }

    private static PlaceDateLine? PlaceDateAt(string text) => PlaceDateLine.Parse(text) is { } read && HeaderLines.IsPlace(read.Value.Place) ? read.Value : null;

    // The bodies' names among the header's lines: a line in capitals goes on the name above it or
    // starts the next (the issuer under its governing body); lines in sentence case are names only in
    // a header that prints none in capitals.
    private static List<List<TextSegment>> Names(List<TextSegment> lines, string? place)
    {
        var upper = lines.Where(s => HeaderLines.IsUpper(s.Text) && !s.Text.StartsWith("Số", StringComparison.Ordinal)).ToList();
        if (upper.Count == 0) return [.. lines.Select(s => new List<TextSegment> { s })];
        var names = new List<List<TextSegment>>();
        foreach (var line in upper)
        {
            if (names.Count > 0 && HeaderNames.GoesOn(Joined(names[^1]), OneLine(line.Text), sameParagraph: false)) names[^1].Add(line);
            else names.Add([line]);
        }
        for (var i = names.Count - 1; i > 0; i--)
        {
            if (!HeaderNames.IsPlace(Joined(names[i]), place)) continue;
            names[i - 1].AddRange(names[i]);
            names.RemoveAt(i);
        }
        return names;
    }

    private static string OneLine(string text) => GrammarText.Collapse(text.Replace('\n', ' '));

    internal static string Joined(IEnumerable<TextSegment> lines) => string.Join(" ", lines.Select(s => OneLine(s.Text)));

    // The national title, the motto, or a piece a narrow box wrapped ("CỘNG" above "HÒA XÃ HỘI …").
    private static bool IsNational(List<Placed> head, int i)
    {
        var text = head[i].Segment.Text;
        if (HeaderLines.IsNationalPiece(text) || HeaderLines.IsNationalTitle(text) || HeaderLines.IsMotto(text)) return true;
        return (!text.Contains(' ', StringComparison.Ordinal) || text.StartsWith("CỘNG ", StringComparison.Ordinal))
            && i + 1 < head.Count && HeaderLines.IsNationalPiece(text + " " + head[i + 1].Segment.Text);
    }

    // The subject under the type line: centred lines up to the short line drawn under it, or the line after the type line;
    // on a page that shows no alignment (a text page), the lines a title takes (PageSubject).
    private static void ReadSubject(DocumentOutline outline, List<Placed> segments, int typeIndex)
    {
        if (segments.FirstOrDefault(s => s.Index > typeIndex) is { Segment: { } first } opening && first.Paragraph.Format?.Alignment is null && !InTable(outline, opening.Index))
        {
            outline.Subject = PageSubject([.. segments.SkipWhile(s => s.Index <= typeIndex).TakeWhile(s => !InTable(outline, s.Index)).Select(s => s.Segment)], outline.IsDecision);
            return;
        }
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

    // "Số:" alone, or with the number before the box wrapped its symbol onto the next line ("Số: 5872").
    [GeneratedRegex(@"^\s*Số\s*:?\s*(\d{1,6}\s*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberOpening();

    // A place-and-date line cut after "ngày" (its day left blank or written): "Tân Thanh Tây, ngày".
    [GeneratedRegex(@"^\p{Lu}[^,\d]{1,59},?\s*ngày\s*[\d.…]{0,2}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex DateOpening();

    // "Căn cứ …" or "Thực hiện …" opens the bases after the subject.
    [GeneratedRegex(@"^(Thực hiện|Căn cứ)", RegexOptions.CultureInvariant)]
    private static partial Regex BasisStart();

    // "số 64/QĐ-BGTVT", "Số 23-CT/TW", "1896/QĐ-TTg": a numbered document cited.
    [GeneratedRegex(@"\bsố\s*:?\s*(\d|$)|\bngày\s+\d|\d+\s*/\s*\p{Lu}|\d+-[\p{Lu}]+/", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CitesDocument();

    /// <summary>
    /// The subject of a page that shows no alignment: a subject in capitals goes on over as many
    /// lines as it takes (a page wraps it anywhere, even before a date), one in sentence case is a
    /// line or a few; it ends at a basis (a "Thực hiện …" line under the type line is the subject
    /// unless it cites a numbered document), at Kính gửi, a part heading, a line ending in ";" or ":",
    /// and in a decision at the authority that decides.
    /// </summary>
    private static List<TextSegment> PageSubject(List<TextSegment> after, bool decision)
    {
        var parts = new List<TextSegment>();
        foreach (var segment in after)
        {
            var text = GrammarText.Collapse(segment.Text.Replace('\n', ' '));
            var capitals = !text.Any(char.IsLower);
            var first = parts.Count > 0 ? parts[0].Text : null;
            if ((BasisStart().IsMatch(text) && (parts.Count > 0 || !text.StartsWith("Thực hiện", StringComparison.Ordinal) || CitesDocument().IsMatch(text) || text.EndsWith(';')))
                || Addressees.Parse(text) is not null || IssuedWithLine(text)
                || (first is not null && !capitals && HeaderLines.IsUpper(first))
                || NumberingLabel.Parse(text)?.Label.Kind == LabelKind.Part || DivisionHeading.Parse(text) is not null
                || text.Length > 600 || text.EndsWith(';') || text.EndsWith(':')
                || (first is not null && (!capitals || !HeaderLines.IsUpper(first)) && (text.EndsWith('.') || parts.Count >= 4))
                // A decision's subject ends above the authority that decides ("ỦY BAN NHÂN DÂN TỈNH …").
                || (decision && first is not null && HeaderLines.IsUpper(text) && !text.EndsWith(':') && HeaderLines.StartsAuthority(text)))
            {
                break;
            }
            parts.Add(segment);
            if (capitals && text.EndsWith('.')) break;
        }
        return parts;
    }

    /// <summary>
    /// The lines a page that shows no alignment (a text page) wrapped a công văn's V/v subject onto:
    /// up to three short lines under it, in the same table or outside any, that start no other piece
    /// of the letter (Kính gửi, a numbered item, a basis, a header box) and do not end in ":".
    /// </summary>
    private static List<TextSegment> LetterSubjectGoesOn(DocumentOutline outline, List<Placed> segments, int at)
    {
        var subject = segments[at];
        var lines = new List<TextSegment>();
        if (subject.Segment.Paragraph.Format?.Alignment is not null) return lines;
        foreach (var (segment, index) in segments.Skip(at + 1).Take(3))
        {
            var text = GrammarText.Collapse(segment.Text.Replace('\n', ' '));
            if (index == subject.Index || outline.Paragraphs[index].Table != outline.Paragraphs[subject.Index].Table || segment.Paragraph.Format?.Alignment is not null
                || text.Length > 160 || text.EndsWith(':') || Addressees.Parse(text) is not null || NumberingLabel.Parse(text) is not null || BasisStart().IsMatch(text)
                || HeaderLines.IsNationalPiece(text) || NumberLine.Parse(text) is not null || PlaceDateLine.Parse(text) is not null || text.StartsWith("Nơi nhận", StringComparison.Ordinal))
            {
                break;
            }
            lines.Add(segment);
        }
        return lines;
    }
}
