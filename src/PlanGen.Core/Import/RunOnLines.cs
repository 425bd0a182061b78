using System.Text.RegularExpressions;
using PlanGen.Core.Document;
using PlanGen.Core.Document.Grammar;
using PlanGen.Core.Recognition;

namespace PlanGen.Core.Import;

/// <summary>
/// A page that runs the whole document (or much of it) together on one line, read apart where a
/// reader sees the lines: the header's bodies, the national title and motto, "Số: …", the
/// place-and-date line, the type line and the title in capitals under it, each "Căn cứ", and every
/// numbering label (I., 1., a), -) that follows the end of a sentence or a heading. The header's
/// boxes a page prints side by side on a line of their own are the outline's to read apart
/// (<see cref="HeaderBoxes"/>).
/// </summary>
internal static partial class RunOnLines
{
    // Shorter lines are a paragraph, however long: only a line holding a header or several labels is split.
    private const int Long = 400;

    // A label after the end of a sentence, a colon or a semicolon, before a capital letter;
    // a "Căn cứ" or "Thực hiện" starting a basis item.
    [GeneratedRegex(@"(?<=[.:;)]\s+)(?=(?:[IVX]{1,5}\.|\d{1,2}(?:\.\d{1,2}){0,2}\.|[a-zđ]\)|[-–+•])\s*\p{Lu}|(?:Căn cứ|Căn|Thực hiện|Nơi nhận:)\s)", RegexOptions.CultureInvariant)]
    private static partial Regex LabelStart();

    [GeneratedRegex(@"XÃ\s+HỘI\s+CHỦ\s+NGH|Độc\s+lập\s*[-–]", RegexOptions.CultureInvariant)]
    private static partial Regex Motto();

    // The end of a part's heading in capitals with its colon, before its text: "II. TỔ CHỨC THỰC HIỆN: Đoàn trường …";
    // or before its first "- " item: "I. CĂN CỨ LẬP KẾ HOẠCH - Quyết định số …".
    [GeneratedRegex(@"(?<=\b[IVX]{1,5}\.\s+[\p{Lu}\s,–-]{3,120}:)\s+(?=\S)|(?<=\b[IVX]{1,5}\.\s+\p{Lu}[\p{Lu}\s,]{2,120}\p{Lu})\s+(?=[-–]\s+\p{Lu}\p{Ll})", RegexOptions.CultureInvariant)]
    private static partial Regex HeadingEnd();

    /// <summary>
    /// The document with every run-on paragraph read apart into the paragraphs a reader sees, each
    /// at the run-on paragraph's place, so that the outline finds the header and title in them as
    /// in any page; each paragraph split is warned at its place (in <paramref name="split"/>).
    /// </summary>
    public static LayoutDocument Apart(LayoutDocument document, List<ImportLine> split)
    {
        var blocks = new List<Block>(document.Body.Count);
        foreach (var block in document.Body)
        {
            var line = block is Paragraph ? DocumentLines.Of(document with { Body = [block] }) : [];
            if (block is Paragraph paragraph && line is [var only] && only.Text.Length > Long && only.Text == only.Marked && Pieces(only.Text) is { Count: >= 3 } pieces)
            {
                split.Add(only);
                blocks.AddRange(pieces.Select((piece, i) => paragraph with { Runs = [new InlineRun(piece)], ListLabel = i == 0 ? paragraph.ListLabel : null }));
            }
            else
            {
                blocks.Add(block);
            }
        }
        return document with { Body = blocks };
    }

    private static List<string>? Pieces(string text)
    {
        // The header is the stretch before the first basis or the first label: looked for only there.
        var cuts = new SortedSet<int>();
        var body = LabelStart().Matches(text).Select(m => m.Index).ToList();
        var headerLength = body.Count > 0 ? body[0] : text.Length;
        // A line that starts with a part's heading ("I. CĂN CỨ LẬP KẾ HOẠCH - …") holds no header.
        if (headerLength > 1200 || NumberingLabel.Parse(text) is { Label.Kind: LabelKind.Part }) headerLength = 0;
        var header = text[..headerLength];
        foreach (Match m in HeaderBoxes.Start().Matches(header)) cuts.Add(m.Index);
        foreach (Match m in HeaderBoxes.End().Matches(header)) cuts.Add(m.Index + m.Length);
        // The title in capitals ends at the first word in lower case after "KẾ HOẠCH".
        if (Regex.Match(header, @"KẾ\s+HOẠCH\b", RegexOptions.CultureInvariant) is { Success: true } type)
        {
            cuts.Add(type.Index + type.Length);
            var after = type.Index + type.Length;
            var words = Regex.Matches(header[after..], @"\S+", RegexOptions.CultureInvariant);
            foreach (Match w in words)
            {
                if (w.Value.Any(char.IsLower) || w.Value.StartsWith('('))
                {
                    cuts.Add(after + w.Index);
                    break;
                }
            }
        }
        // A long paragraph of bases is not a run-on page: only a line holding the national title, or many labels, is read apart.
        if (!Motto().IsMatch(header) && body.Count < 4) return null;
        foreach (var at in body) cuts.Add(at);
        foreach (Match m in HeadingEnd().Matches(text)) cuts.Add(m.Index);
        // Nothing is cut inside brackets: "(Ban hành kèm theo Quyết định … ngày … năm 2013 của …)" is one line.
        cuts.RemoveWhere(at => HeaderBoxes.Depth(text, at) > 0);
        if (cuts.Count < 2) return null;
        var pieces = new List<string>();
        var start = 0;
        foreach (var cut in cuts.Append(text.Length))
        {
            var piece = text[start..cut].Trim();
            if (piece.Any(char.IsLetterOrDigit)) pieces.Add(piece);
            start = cut;
        }
        // A piece that is only a label ("1.") belongs with what follows it: such a cut is not kept.
        return pieces.Any(p => NumberingLabel.ParseAlone(p) is not null) ? null : pieces;
    }
}
