using System.Text.RegularExpressions;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Document;
using PlanGen.Core.Document.Grammar;
using PlanGen.Core.Model;
using PlanGen.Core.Yaml;

namespace PlanGen.Core.Import;

/// <summary>
/// Recognises a Quyết định (Form 1.3) in a read document: the header, QUYẾT ĐỊNH and its subject,
/// the authority that decides in capitals, the bases "Căn cứ …;" and the proposal "Theo đề nghị
/// của …", <c>QUYẾT ĐỊNH:</c>, the articles Điều 1, 2, 3 …, the recipients and the signature; then
/// the plan it carries, when the document goes on with one after the signature (its own header,
/// "KẾ HOẠCH", the caption "(Ban hành kèm theo Quyết định số …)"), recognised as a plan.
/// </summary>
internal static partial class DecisionRecognizer
{
    // "(Ban hành kèm theo Quyết định số … ngày … của …)", the caption under an attached plan's title.
    [GeneratedRegex(@"\((Ban hành |Phê duyệt )?[Kk]èm theo Quyết định\b[^)]*\)?", RegexOptions.CultureInvariant)]
    private static partial Regex Caption();

    [GeneratedRegex(@"^(Căn cứ|Theo đề nghị của)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex BasisStart();

    [GeneratedRegex(@"^Điều\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ArticleWordAlone();

    [GeneratedRegex(@"^\d{1,3}\s*[.:]", RegexOptions.CultureInvariant)]
    private static partial Regex ArticleNumberAlone();

    // The national title in capitals, or the motto: a plan's own header. An article may name the republic in sentence case.
    [GeneratedRegex(@"^(CỘNG\s+H[ÒO]A\s+XÃ\s+HỘI|Độc\s+lập\s*[-–]\s*Tự\s+do)", RegexOptions.CultureInvariant)]
    private static partial Regex Motto();

    public static ImportedDocument Recognize(ImportSource source, DiagnosticBag diagnostics)
    {
        var document = source.AsRead;
        var all = DocumentLines.Of(document);
        var (decisionEnd, planBlocks) = PlanStart(document, all);
        // What follows the decision is its plan only when it reads as one; anything else stays the decision's text.
        var planFindings = new DiagnosticBag();
        var plan = planBlocks is null ? null : AttachedPlan(document, planBlocks, planFindings);
        if (plan is null) decisionEnd = all.Count;
        // The decision's notes are the first ones in reading order; the plan reads its own from its blocks, numbered from 1.
        var ownNotes = FootnoteImport.References(plan is null ? document.Body : document.Body.Take(document.Body.Count - planBlocks!.Count));
        var notes = source.Footnotes;
        var r = new Recognition(source.Document, source.Lines().Take(decisionEnd).ToList(), diagnostics, source.Outline);
        var header = HeaderRecognizer.Read(r, [FamilyTypes.Decision.Code]);
        var (title, decidedBy) = SplitAuthority(r, header);
        var (basis, proposedBy) = ReadBases(r);
        if (!r.AtEnd && r.Current.Table is null && ArticleLabel.IsDecidesLine(Plain(r.Current))) r.Index++;
        var articles = ReadArticles(r);
        var ending = ClosingRecognizer.Read(r);
        for (; !r.AtEnd; r.Index++)
        {
            r.Unplaced(r.Current, articles.Count > 0 ? $"articles[{articles.Count}]" : "articles");
            var kept = r.Current.Marked;
            if (articles.Count > 0) articles[^1] = articles[^1] with { After = [.. articles[^1].After, kept] };
            else articles.Add(new Section(null, [kept], [], [], null, null, null, []));
        }
        // A page that cut the decision before "QUYẾT ĐỊNH:" leaves no article: one is written TODO, so the YAML still validates.
        if (articles.Count == 0)
        {
            articles.Add(new Section(null, ["TODO"], [], [], null, null, null, []));
            r.Guessed("articles", "TODO", MessageWord.Why.NoArticles);
        }
        var issuer = IssuerInference.Infer(r, header, null, ending.Signature);
        if (title is null)
        {
            title = "TODO";
            r.Guessed("title", title, MessageWord.Why.NoTitle);
        }
        var decision = new Decision
        {
            SourcePath = r.File,
            TypeCode = FamilyTypes.Decision.Code,
            Issuer = issuer,
            Number = header.Number is { } n ? new DocumentNumber(n) : null,
            Date = header.Date,
            Title = title,
            DecidedBy = decidedBy ?? Guessed(r, issuer),
            Basis = basis,
            ProposedBy = proposedBy,
            Articles = articles,
            Recipients = ending.Recipients,
            Archive = ending.Archive,
            Signature = ending.Signature,
            Footnotes = [.. notes.Take(ownNotes)],
        };
        var saysAttached = plan is null && articles.Any(a => a.Paragraphs.Any(p => p.Contains("kèm theo Quyết định này", StringComparison.OrdinalIgnoreCase) && p.Contains("Kế hoạch", StringComparison.OrdinalIgnoreCase)));
        if (saysAttached)
        {
            r.Notes.Add(new ImportNote("plan", "Kế hoạch kèm theo không có trong văn bản; nhập riêng rồi ghi tên tệp vào đây / the attached plan is not in the document: import it from its own file and name that file here"));
        }
        r.Report();
        if (saysAttached)
        {
            diagnostics.Add(DiagnosticCode.ImportDecisionPlanMissing, SourceSpan.WholeFile(r.File), Path.GetFileName(r.File));
        }
        // The plan a decision carries is issued by the decision's body: what the plan's own import had
        // to guess of its issuer for want of a header is known, and not warned.
        var issuerKnown = plan is not null && plan.Notes.Any(n => IsIssuerGuess(n.Key));
        if (plan is not null)
        {
            plan = plan with { IssuedWithDecision = true };
            if (issuerKnown) plan = plan with { Plan = plan.Plan with { Issuer = issuer }, Notes = [.. plan.Notes.Where(n => !IsIssuerGuess(n.Key))] };
        }
        // The plan's findings after the decision's: the document's order. What follows the decision
        // and reads as no plan is the decision's text, warned line by line where it is kept: the
        // attempt's own findings (PG6002, "not a plan") are not the decision's.
        foreach (var finding in plan is null ? [] : planFindings.Items)
        {
            if (!(issuerKnown && finding.Code == DiagnosticCode.ImportGuessed && IsIssuerGuess(KeyPlaces.KeyOf(finding.Arguments[0])))) diagnostics.Add(finding);
        }
        return new ImportedDocument(decision, r.Notes, r.File, plan);
    }

    private static string Guessed(Recognition r, Issuer issuer)
    {
        var value = Text.VietnameseCasing.Upper(issuer.Name);
        r.Guessed("decided_by", value, MessageWord.Why.NoAuthority);
        return value;
    }

    /// <summary>
    /// The subject, and the authority that decides printed under it in capitals ("ỦY BAN NHÂN DÂN
    /// TỈNH KHÁNH HÒA"), which the title read with it or which stands on the line after it.
    /// </summary>
    private static (string? Title, string? DecidedBy) SplitAuthority(Recognition r, RecognizedHeader header)
    {
        if (header.Title is { } read)
        {
            var lines = read.Split('\n');
            if (lines.Length > 1 && IsAuthority(lines[^1], header)) return (string.Join('\n', lines[..^1]), lines[^1]);
        }
        // A page that lost the type line still prints the subject in capitals above the authority.
        var subject = new List<string>();
        while (header.Title is null && !r.AtEnd && r.Current.Table is null && subject.Count < 6 && VietnameseCase.IsUpper(r.Current.Text)
            && !IsAuthority(r.Current.Text, header) && !ArticleLabel.IsDecidesLine(r.Current.Text))
        {
            subject.Add(r.Current.Text);
            r.Index++;
        }
        var title = header.Title ?? (subject.Count > 0 ? string.Join('\n', subject) : null);
        if (!r.AtEnd && r.Current.Table is null && IsAuthority(r.Current.Text, header))
        {
            var authority = r.Current.Text;
            r.Index++;
            return (title, authority);
        }
        return (title, null);
    }

    private static bool IsAuthority(string line, RecognizedHeader header) =>
        VietnameseCase.IsUpper(line) && !line.EndsWith(':')
        && (PlanGen.Core.Recognition.HeaderLines.StartsAuthority(line)
            || (header.IssuerName is { } name && Text.VietnameseCasing.Upper(name) == line));

    /// <summary>"Căn cứ …;" each a basis, the lines a page wrapped joined; "Theo đề nghị của …." the proposal.</summary>
    private static (List<Citation> Basis, string? ProposedBy) ReadBases(Recognition r)
    {
        var basis = new List<Citation>();
        string? proposedBy = null;
        while (!r.AtEnd && r.Current.Table is null && BasisStart().Match(Plain(r.Current)) is { Success: true } start)
        {
            var text = Plain(r.Current)[start.Length..];
            r.Index++;
            while (!r.AtEnd && r.Current.Table is null && !EndsSentence(text) && !BasisStart().IsMatch(Plain(r.Current))
                && !ArticleLabel.IsDecidesLine(Plain(r.Current)) && ArticleLabel.Parse(Plain(r.Current)) is null)
            {
                text += " " + Plain(r.Current);
                r.Index++;
            }
            var cited = text.Trim().TrimEnd(';', '.', ',').TrimEnd();
            if (start.Value.StartsWith("Theo", StringComparison.Ordinal)) proposedBy = cited;
            else basis.Add(Citation(cited));
        }
        return (basis, proposedBy);
    }

    private static bool EndsSentence(string text) => text.TrimEnd().EndsWith(';') || text.TrimEnd().EndsWith('.');

    // A citation the grammar writes back word for word is kept by its parts; any other as written.
    private static Citation Citation(string text) =>
        CitationPhrase.Parse(text) is { } phrase && phrase.Format() == text
            ? new Citation(phrase.Kind, phrase.Number, phrase.Date, phrase.Issuer, phrase.Subject, null)
            : new Citation(null, null, null, null, null, text);

    /// <summary>
    /// The articles: "Điều 1. …" (or "Điều" and "1." on lines of their own) and the paragraphs under
    /// it; the layout's end mark "./." on the last one is the layout's, not the text's.
    /// </summary>
    private static List<Section> ReadArticles(Recognition r)
    {
        var articles = new List<List<string>>();
        while (!r.AtEnd && r.Current.Table is null && !BodyRecognizer.EndsBody(r.Current))
        {
            var text = r.Current.Marked.Trim();
            var plain = Plain(r.Current);
            if (ArticleWordAlone().IsMatch(plain) && r.Index + 1 < r.Lines.Count && ArticleNumberAlone().IsMatch(Plain(r.Lines[r.Index + 1])))
            {
                r.Reshaped(r.Current, $"articles[{articles.Count + 1}]", MessageWord.How.JoinedLine);
                r.Index++;
                plain = "Điều " + Plain(r.Current);
                text = "Điều " + r.Current.Marked.Trim();
            }
            if (ArticleLabel.Parse(plain) is not null)
            {
                articles.Add([]);
                var rest = AfterLabel(text);
                if (rest.Length > 0) articles[^1].Add(rest);
            }
            else if (articles.Count == 0)
            {
                articles.Add([text]);
                r.Unplaced(r.Current, "articles[1]");
            }
            else if (articles[^1].Count > 0 && r.Current.Location.Format == SourceFormat.Text && !EndsParagraph(articles[^1][^1]) && NumberingLabel.Parse(plain) is null)
            {
                // A text page wraps a paragraph over lines: they are one paragraph again.
                articles[^1][^1] += " " + text;
            }
            else
            {
                articles[^1].Add(text);
            }
            r.Index++;
        }
        if (articles.Count > 0 && articles[^1].Count > 0 && articles[^1][^1].EndsWith("./.", StringComparison.Ordinal))
        {
            articles[^1][^1] = articles[^1][^1][..^2];
        }
        return [.. articles.Select(Article)];
    }

    /// <summary>
    /// An article from its paragraphs: those from "a)" on, lettered in order, are its points (điểm),
    /// each with the paragraphs under it, as the template prints them again; the paragraphs before
    /// the first point are the article's own.
    /// </summary>
    private static Section Article(List<string> paragraphs)
    {
        var own = new List<string>();
        var points = new List<List<string>>();
        foreach (var marked in paragraphs)
        {
            var plain = Document.Reading.MarkedText.Plain(marked).Trim();
            if (NumberingLabel.Parse(plain) is { Label: { Kind: LabelKind.Point } label } point && label.Number == points.Count + 1 && point.Text.Length > 0)
            {
                points.Add([AfterPointLabel(marked, label, point.Text)]);
            }
            else if (points.Count > 0) points[^1].Add(marked);
            else own.Add(marked);
        }
        return new Section(null, own, [], [.. points.Select(p => new Section(null, p, [], [], null, null, null, []))], null, null, null, []);
    }

    // "a) **Sở** Giao thông …": the text after the label, its marks kept where the label stands first.
    private static string AfterPointLabel(string marked, NumberingLabel label, string plainRest)
    {
        var text = marked.TrimStart();
        var printed = PointLetter.Format(label.Number);
        if (!text.StartsWith(printed, StringComparison.Ordinal)) return plainRest;
        var rest = text[printed.Length..].TrimStart(')', '.').TrimStart();
        return Document.Reading.MarkedText.Plain(rest).Trim() == plainRest ? rest.Trim() : plainRest;
    }

    private static bool EndsParagraph(string text) => text.EndsWith('.') || text.EndsWith(':') || text.EndsWith(';');

    // "**Điều 1.** Phê duyệt …": the text after the bold label, its marks kept.
    private static string AfterLabel(string marked)
    {
        var text = marked.StartsWith("**", StringComparison.Ordinal) ? marked[2..] : marked;
        var label = ArticleLabel.Parse(Document.Reading.MarkedText.Plain(text))!.Value;
        var dot = text.IndexOfAny(['.', ':'], text.IndexOf("Điều", StringComparison.Ordinal));
        var rest = text[(dot + 1)..].TrimStart();
        if (rest.StartsWith("**", StringComparison.Ordinal)) rest = rest[2..].TrimStart();
        return Document.Reading.MarkedText.Plain(rest).Trim() == label.Text ? rest.Trim() : label.Text;
    }

    private static string Plain(ImportLine line) => Document.Reading.MarkedText.Plain(line.Marked).Trim();

    /// <summary>
    /// Where the decision ends and its plan starts: the line at which the plan's header, type line
    /// or caption stands, and the blocks of the plan from there; the whole document and null when it
    /// carries none. A paragraph of a text page that runs from the decision into the plan is cut there.
    /// </summary>
    // A key the plan's import guesses of its issuer for want of a header: issuer.name, issuer.code, issuer.place.
    private static bool IsIssuerGuess(string key) => key.StartsWith("issuer.", StringComparison.Ordinal);

    private static (int DecisionEnd, List<Block>? Plan) PlanStart(LayoutDocument document, List<ImportLine> lines)
    {
        var decides = lines.FindIndex(l => l.Table is null && ArticleLabel.IsDecidesLine(Document.Reading.MarkedText.Plain(l.Marked).Trim()));
        if (decides < 0) return (lines.Count, null);
        var start = -1;
        for (var i = decides + 1; i < lines.Count && start < 0; i++)
        {
            var text = lines[i].Text;
            if (lines[i].Table is not null) continue;
            if (Motto().IsMatch(text) || (VietnameseCase.IsUpper(text) && DocumentKinds.ByHeading(text) is { Code: "KH" }) || Caption().Match(text) is { Success: true, Index: 0 }) start = HeaderTop(lines, i);
        }
        if (start < 0) return (lines.Count, null);
        var first = 0;
        for (var block = 0; block < document.Body.Count; block++)
        {
            var count = PlanGen.Core.Recognition.BodyLine.Of([document.Body[block]]).Count;
            if (first + count > start)
            {
                var rest = document.Body.Skip(block + 1).ToList();
                if (start == first) return (start, [document.Body[block], .. rest]);
                // The plan starts inside this block: a text paragraph gives the plan its lines from there; a table goes whole to the plan.
                if (document.Body[block] is not Paragraph paragraph) return (first, [document.Body[block], .. rest]);
                var own = paragraph.Text.Split('\n').Where(l => l.Any(char.IsLetterOrDigit)).Skip(start - first);
                return (start, [new Paragraph(paragraph.Kind, Document.Reading.MarkedText.Parse(string.Join("\n", own))) { Place = paragraph.Place }, .. rest]);
            }
            first += count;
        }
        return (lines.Count, null);
    }

    // Up from a plan's motto, type line or caption over the lines above it that are its own (its
    // issuer in capitals, its number, its title), to the decision's signer's name.
    private static int HeaderTop(List<ImportLine> lines, int at)
    {
        var top = at;
        while (top > 0 && lines[top - 1].Table is null
            && (VietnameseCase.IsUpper(lines[top - 1].Text) || NumberLine.Parse(lines[top - 1].Text) is not null)
            && AuthorityLine.Parse(lines[top - 1].Text) is null && !ClosingRecognizer.StartsClosing(lines[top - 1]) && !Motto().IsMatch(lines[top - 1].Text))
        {
            top--;
        }
        return top;
    }

    /// <summary>The plan after the decision, read from its first block with its caption left out; null when what follows is no plan (it is then kept as the decision's text).</summary>
    private static ImportedPlan? AttachedPlan(LayoutDocument document, List<Block> planBlocks, DiagnosticBag diagnostics)
    {
        // The caption is the decision's to print: the plan is read without it, also where a text page ran it on after the title.
        var blocks = new List<Block>();
        foreach (var block in planBlocks)
        {
            if (block is not Paragraph p || Caption().Match(p.Text) is not { Success: true } caption)
            {
                blocks.Add(block);
                continue;
            }
            var rest = (p.Text[..caption.Index] + p.Text[(caption.Index + caption.Length)..]).Trim();
            if (rest.Any(char.IsLetterOrDigit)) blocks.Add(new Paragraph(p.Kind, Document.Reading.MarkedText.Parse(rest)) { Place = p.Place });
        }
        return PlanRecognizer.Recognize(document with { Body = blocks }, diagnostics);
    }
}
