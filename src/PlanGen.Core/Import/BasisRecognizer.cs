using System.Text.RegularExpressions;
using PlanGen.Core.Document.Grammar;
using PlanGen.Core.Model;

namespace PlanGen.Core.Import;

/// <summary>What the bases say: the parent, the other citations, the introduction and how they were laid out.</summary>
internal sealed record RecognizedBasis(Citation? Parent, IReadOnlyList<Citation> Others, string? Introduction, BasisLayout Layout, bool ParentGuessed)
{
    /// <summary>Where the parent stands among the citations as printed, when others follow it; null when it is the last.</summary>
    public int? ParentAt { get; init; }

    /// <summary>The parent was known by its subject, which the title or the introduction repeats, not by its number.</summary>
    public bool ParentBySubject { get; init; }
}

/// <summary>
/// The "Thực hiện …"/"Căn cứ …" paragraphs before the first part and the introduction that ends
/// them ("…, UBND tỉnh ban hành Kế hoạch … như sau:"), in one sentence or one paragraph each.
/// The parent is the citation the title or the introduction names (by its number, else by the words
/// of its subject), else the last plan cited (else the only citation, else the last one). Citations are
/// read by the grammar (<see cref="CitationPhrase"/>).
/// </summary>
internal static partial class BasisRecognizer
{
    // "Thực hiện" may stand alone on its line, its citation on the next.
    [GeneratedRegex(@"^(Thực hiện|Căn cứ)(\s+|$)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BasisStart();

    [GeneratedRegex(@"chủ đề\s*[""“]\**(?<theme>[^""”*]+?)\**[""”]", RegexOptions.CultureInvariant)]
    private static partial Regex Theme();

    public static RecognizedBasis Read(Recognition r, RecognizedHeader header)
    {
        var citations = new List<Citation>();
        string? introduction = null;
        var paragraphs = 0;
        var sentence = false;
        var sentences = false;
        var introductionApart = false;
        while (!r.AtEnd && r.Current.Table is null && NumberingLabel.Parse(r.Current.Text)?.Label.Kind != LabelKind.Part)
        {
            var line = r.Current;
            var start = BasisStart().Match(line.Marked);
            // "Căn cứ Quyết định số 1664/…;" then "Công văn số 1841/…;": a basis whose opening words the
            // page lost goes on with the opening of the basis above it.
            var lostOpening = !start.Success && introduction is null && citations.Count > 0 && CitesByNumber(Plain(line.Marked));
            if (start.Success || lostOpening)
            {
                // A paragraph taken for the introduction with bases after it was a basis of its own: kept as written.
                if (introductionApart && introduction is not null)
                {
                    citations.Add(new Citation(null, null, null, null, null, introduction) { Lead = citations.Count > 0 ? citations[^1].Lead : BasisLead.Implementing });
                    introduction = null;
                    introductionApart = false;
                }
                if (lostOpening) r.Reshaped(line, "basis", Diagnostics.MessageWord.How.LostOpening);
                var body = start.Success ? line.Marked[start.Length..] : line.Marked;
                // "… ngày 24 tháng" then "02 năm 2009 của …", "… phổ biến pháp" then "luật cho …": a citation a page
                // broke mid-sentence goes on in the next line, which starts with a figure or a small letter.
                while (Continues(r, r.Index, body) is { } next)
                {
                    r.Reshaped(next, "basis", Diagnostics.MessageWord.How.JoinedLine);
                    body += " " + next.Marked;
                    r.Index++;
                }
                var (basisText, intro, ownSentence) = SplitIntroduction(body);
                var lead = !start.Success ? citations[^1].Lead
                    : start.Value.StartsWith("Căn cứ", StringComparison.OrdinalIgnoreCase) ? BasisLead.Pursuant : BasisLead.Implementing;
                foreach (var (segmentLead, segment) in Leads(basisText, lead))
                {
                    citations.AddRange(Joined(Plain(segment), CitationPhrase.Split(Plain(segment))).Select(t => Citation(t) with { Lead = segmentLead }));
                }
                paragraphs++;
                if (intro is not null)
                {
                    introduction = intro;
                    sentence = true;
                    sentences |= ownSentence;
                }
            }
            else if (introduction is null && Introduction(r, citations.Count > 0) is { } intro)
            {
                introduction = intro;
                introductionApart = true;
            }
            else
            {
                break;
            }
            r.Index++;
        }
        if (introduction is not null && Theme().Match(introduction) is { Success: true } theme)
        {
            header.Theme ??= theme.Groups["theme"].Value.Trim();
        }
        var structured = citations.Where(c => c.Kind is not null && c.Number is not null).ToList();
        // The document the title or the introduction names by its number is the one the plan carries out.
        var named = structured.LastOrDefault(c => c.Number is { Length: > 2 } number
            && ((header.Title?.Contains(number, StringComparison.OrdinalIgnoreCase) ?? false) || (introduction?.Contains(number, StringComparison.OrdinalIgnoreCase) ?? false)));
        var bySubject = named is null ? ParentBySubject.Find(structured, header, introduction) : null;
        named ??= bySubject;
        var parent = named ?? structured.LastOrDefault(c => c.Kind == "Kế hoạch") ?? (structured.Count == 1 ? structured[0] : structured.LastOrDefault());
        var guessed = named is null && parent is not null && parent.Kind != "Kế hoạch" && structured.Count > 1;
        var others = citations.Where(c => !ReferenceEquals(c, parent)).ToList();
        // Bases printed a paragraph each stay so, though the last one holds the introduction ("…tại đơn vị. Trường … như sau:").
        var layout = paragraphs > 1 ? BasisLayout.Paragraphs : sentences ? BasisLayout.Sentences : sentence || introduction is null ? BasisLayout.Sentence : BasisLayout.Paragraphs;
        // The parent cited before other bases stays in its place, so the plan prints the bases in the source's order.
        var at = parent is null ? -1 : citations.IndexOf(parent);
        return new RecognizedBasis(parent, others, introduction, layout, guessed) { ParentAt = at >= 0 && at < others.Count ? at : null, ParentBySubject = bySubject is not null };
    }

    // "Công văn số 1841/SGDĐT-GDTH ngày …": a line that opens with a document's kind and its number.
    private static bool CitesByNumber(string text) =>
        DocumentKinds.AtStart(text) is not null && CitationPhrase.Split(text) is { Count: > 0 } pieces && CitationPhrase.Parse(pieces[0]) is { Number: not null };

    // The line after <paramref name="at"/> when it goes on with the sentence <paramref name="text"/> a page broke:
    // the text ends without a stop and the line starts with a figure or a small letter, or the text ends on a
    // word a name or a date goes on after ("… của Thủ tướng" then "Chính phủ: số …").
    private static ImportLine? Continues(Recognition r, int at, string text) =>
        at + 1 < r.Lines.Count && r.Lines[at + 1] is { Table: null, Text.Length: > 0 } next
        && NumberingLabel.Parse(next.Text) is null && !BasisStart().IsMatch(next.Text)
        && (text.TrimEnd() is not { Length: > 0 } trimmed
            || (!";:.".Contains(trimmed[^1], StringComparison.Ordinal)
                && (char.IsDigit(next.Text[0]) || char.IsLower(next.Text[0]) || Unfinished().IsMatch(trimmed))))
            ? next
            : null;

    // Words a name or a date goes on after; an administrative unit's word goes on with its name ("Ủy ban nhân dân xã" / "Tân Thanh Tây …").
    [GeneratedRegex(@"\s(của|về|và|ngày|số|tháng|năm|tại|theo|Thủ tướng|Trung ương|xã|phường|thị trấn|huyện|quận|thị xã|tỉnh|thành phố)$", RegexOptions.CultureInvariant)]
    private static partial Regex Unfinished();

    /// <summary>
    /// The introduction at the cursor, with the lines a page broke it into; the cursor is left on its
    /// last line. After the bases it is the next paragraph; with no basis ("Để tiếp tục …", or a
    /// paragraph on the situation before it) it is the text up to the paragraph that says "như sau",
    /// when one does before the first heading; null otherwise.
    /// </summary>
    private static string? Introduction(Recognition r, bool afterBases)
    {
        var first = r.Index;
        var text = new System.Text.StringBuilder();
        for (var at = first; at < r.Lines.Count && at - first < 40; at++)
        {
            var line = r.Lines[at];
            if (line.Text.Length == 0) continue;
            if (line.Table is not null || BasisStart().IsMatch(line.Text) || NumberingLabel.Parse(line.Text) is not null
                || DivisionHeading.Parse(line.Text) is not null || BodyRecognizer.EndsBody(line) || (at > first && VietnameseCase.IsUpper(line.Text)))
            {
                break;
            }
            // A line that starts in capitals after a full stop starts a paragraph; any other goes on with the one above.
            if (at > first) text.Append(text[^1] is '.' or ':' or ';' && !char.IsLower(line.Text[0]) ? "\n" : " ");
            text.Append(line.Marked.Trim());
            var said = text.ToString();
            var done = afterBases ? Continues(r, at, said) is null : said.Contains("như sau", StringComparison.Ordinal) && ".:".Contains(said[^1], StringComparison.Ordinal);
            if (!done) continue;
            if (at > first) r.Reshaped(r.Lines[first], "introduction", Diagnostics.MessageWord.How.JoinedParagraph);
            r.Index = at;
            return said;
        }
        return null;
    }

    [GeneratedRegex(@"[;,]\s+(?<lead>Thực hiện|Căn cứ)\s+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LeadChange();

    // "Thực hiện Chương trình …; Căn cứ Kế hoạch …; Thông báo …": a sentence whose bases change
    // their opening words goes on with the new words for the citations after them.
    private static IEnumerable<(BasisLead Lead, string Text)> Leads(string text, BasisLead first)
    {
        var lead = first;
        var start = 0;
        foreach (Match change in LeadChange().Matches(text))
        {
            if (DocumentKinds.AtStart(text, change.Index + change.Length) is null) continue;
            yield return (lead, text[start..change.Index]);
            lead = change.Groups["lead"].Value.StartsWith("C", StringComparison.OrdinalIgnoreCase) ? BasisLead.Pursuant : BasisLead.Implementing;
            start = change.Index + change.Length;
        }
        yield return (lead, text[start..]);
    }

    // "…của Ủy ban An toàn giao thông Quốc gia, UBND tỉnh ban hành Kế hoạch … như sau:": the
    // introduction starts at the last ", " (or "; ") before a capital whose clause goes on to "như sau";
    // or at the last ". " before a sentence that draws up the plan ("… năm 2014. Ban điều hành … xây
    // dựng kế hoạch … với các nội dung sau:"), which is then a sentence of its own (Sentences).
    private static (string Basis, string? Introduction, bool OwnSentence) SplitIntroduction(string text)
    {
        var end = text.LastIndexOf("như sau", StringComparison.Ordinal);
        if (end < 0 && text.TrimEnd().EndsWith(':')) end = text.TrimEnd().Length - 1;
        if (end < 0) return (text, null, false);
        for (var at = LastSeparator(text, end); at > 0; at = LastSeparator(text, at - 1))
        {
            var rest = text[(at + 2)..].TrimStart('*');
            if (rest.Length == 0 || !char.IsUpper(rest[0])) continue;
            var own = text[at] == '.';
            if (own && !DrawsUp().IsMatch(rest)) continue;
            if (!own && text.LastIndexOf("như sau", StringComparison.Ordinal) < 0) continue;
            return (text[..at], text[(at + 2)..].Trim(), own);
        }
        return (text, null, false);
    }

    [GeneratedRegex(@"\b(ban hành|xây dựng|triển khai)\b.*\b[Kk]ế hoạch\b", RegexOptions.CultureInvariant)]
    private static partial Regex DrawsUp();

    // "Luật sửa đổi, bổ sung một số điều của Luật Phòng, chống thiên tai và Luật Đê điều": two pieces
    // without a number joined by "và" are one citation written out, as printed.
    private static List<string> Joined(string text, IReadOnlyList<string> pieces)
    {
        var joined = new List<string>();
        foreach (var piece in pieces)
        {
            if (joined.Count > 0 && CitationPhrase.Parse(joined[^1]) is null && CitationPhrase.Parse(piece) is null
                && text.Contains(joined[^1] + " và " + piece, StringComparison.Ordinal))
            {
                joined[^1] += " và " + piece;
            }
            else
            {
                joined.Add(piece);
            }
        }
        return joined;
    }

    private static readonly string[] Separators = [", ", "; ", ". "];

    private static int LastSeparator(string text, int before) =>
        Separators.Max(s => text.LastIndexOf(s, before, StringComparison.Ordinal));

    // A piece that names a document without its number is kept as written text; so is one the decree's
    // phrase would not give back ("Nghị quyết số 48/NQ-CP của Chính phủ ngày 05/4/2022", "… của Chính phủ
    // quy định …"), with what it says read.
    private static Citation Citation(string text) => CitationPhrase.Parse(text) is { } phrase
        ? new Citation(phrase.Kind, phrase.Number, phrase.Date, phrase.Issuer, phrase.Subject, phrase.AsPrinted ? text : null)
        : new Citation(null, null, null, null, null, text);

    private static string Plain(string marked) => Document.Reading.MarkedText.Plain(marked);
}
