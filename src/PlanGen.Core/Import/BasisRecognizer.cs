using System.Text.RegularExpressions;
using PlanGen.Core.Document.Grammar;
using PlanGen.Core.Model;

namespace PlanGen.Core.Import;

/// <summary>What the bases say: the parent, the other citations, the introduction and how they were laid out.</summary>
internal sealed record RecognizedBasis(Citation? Parent, IReadOnlyList<Citation> Others, string? Introduction, BasisLayout Layout, bool ParentGuessed)
{
    /// <summary>Where the parent stands among the citations as printed, when others follow it; null when it is the last.</summary>
    public int? ParentAt { get; init; }
}

/// <summary>
/// The "Thực hiện …"/"Căn cứ …" paragraphs before the first part and the introduction that ends
/// them ("…, UBND tỉnh ban hành Kế hoạch … như sau:"), in one sentence or one paragraph each.
/// The parent is the last plan cited (else the only citation, else the last one). Citations are
/// read by the grammar (<see cref="CitationPhrase"/>).
/// </summary>
internal static partial class BasisRecognizer
{
    [GeneratedRegex(@"^(Thực hiện|Căn cứ)\s+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BasisStart();

    [GeneratedRegex(@"chủ đề\s*[""“]\**(?<theme>[^""”*]+?)\**[""”]", RegexOptions.CultureInvariant)]
    private static partial Regex Theme();

    public static RecognizedBasis Read(Recognition r, RecognizedHeader header)
    {
        var citations = new List<Citation>();
        string? introduction = null;
        var paragraphs = 0;
        var sentence = false;
        while (!r.AtEnd && r.Current.Table is null && NumberingLabel.Parse(r.Current.Text)?.Label.Kind != LabelKind.Part)
        {
            var line = r.Current;
            if (BasisStart().Match(line.Marked) is { Success: true } start)
            {
                var body = line.Marked[start.Length..];
                // "… ngày 24 tháng" then "02 năm 2009 của …": a citation a page broke before a figure goes on in the next line.
                while (r.Index + 1 < r.Lines.Count && r.Lines[r.Index + 1] is { Table: null } next && next.Text.Length > 0 && char.IsDigit(next.Text[0])
                    && !";:.".Contains(body.TrimEnd()[^1], StringComparison.Ordinal) && NumberingLabel.Parse(next.Text) is null)
                {
                    r.Reshaped(next, "basis", Diagnostics.MessageWord.How.JoinedLine);
                    body += " " + next.Marked;
                    r.Index++;
                }
                var (basisText, intro) = SplitIntroduction(body);
                citations.AddRange(CitationPhrase.Split(Plain(basisText)).Select(Citation));
                paragraphs++;
                if (intro is not null)
                {
                    introduction = intro;
                    sentence = true;
                }
            }
            else if (introduction is null && (citations.Count > 0 || line.Text.Contains("như sau", StringComparison.Ordinal)))
            {
                introduction = line.Marked;
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
        var structured = citations.Where(c => c.Text is null).ToList();
        var parent = structured.LastOrDefault(c => c.Kind == "Kế hoạch") ?? (structured.Count == 1 ? structured[0] : structured.LastOrDefault());
        var guessed = parent is not null && parent.Kind != "Kế hoạch" && structured.Count > 1;
        var others = citations.Where(c => !ReferenceEquals(c, parent)).ToList();
        var layout = sentence || paragraphs <= 1 && introduction is null ? BasisLayout.Sentence : BasisLayout.Paragraphs;
        // The parent cited before other bases stays in its place, so the plan prints the bases in the source's order.
        var at = parent is null ? -1 : citations.IndexOf(parent);
        return new RecognizedBasis(parent, others, introduction, layout, guessed) { ParentAt = at >= 0 && at < others.Count ? at : null };
    }

    // "…của Ủy ban An toàn giao thông Quốc gia, UBND tỉnh ban hành Kế hoạch … như sau:": the
    // introduction starts at the last ", " before a capital whose clause goes on to "như sau".
    private static (string Basis, string? Introduction) SplitIntroduction(string text)
    {
        var end = text.LastIndexOf("như sau", StringComparison.Ordinal);
        if (end < 0) return (text, null);
        for (var at = text.LastIndexOf(", ", end, StringComparison.Ordinal); at > 0; at = text.LastIndexOf(", ", at - 1, StringComparison.Ordinal))
        {
            var rest = text[(at + 2)..].TrimStart('*');
            if (rest.Length > 0 && char.IsUpper(rest[0]))
            {
                return (text[..at], text[(at + 2)..].Trim());
            }
        }
        return (text, null);
    }

    // A piece that names a document without its number is kept as written text.
    private static Citation Citation(string text) => CitationPhrase.Parse(text) is { } phrase
        ? new Citation(phrase.Kind, phrase.Number, phrase.Date, phrase.Issuer, phrase.Subject, null)
        : new Citation(null, null, null, null, null, text);

    private static string Plain(string marked) => Document.Reading.MarkedText.Plain(marked);
}
