using System.Text.RegularExpressions;
using PlanGen.Core.Document.Grammar;

namespace PlanGen.Core.Import;

/// <summary>
/// A page that runs the whole document (or much of it) together on one line, read apart where a
/// reader sees the lines: the header's bodies, the national title and motto, "Số: …", the
/// place-and-date line, the type line and the title in capitals under it, each "Căn cứ", and every
/// numbering label (I., 1., a), -) that follows the end of a sentence or a heading.
/// </summary>
internal static partial class RunOnLines
{
    // Shorter lines are a paragraph, however long: only a line holding a header or several labels is split.
    private const int Long = 400;

    // Where the header's lines start within its first stretch.
    [GeneratedRegex(@"(?<=\S\s)(?=CỘNG\s+H[ÒO]A\s+XÃ|Độc\s+lập\s*[-–]|Số\s*:\s*\S*\d|Số\s*:\s*[.…]+\s*/|(?:\p{Lu}\p{Ll}*\s){0,3}\p{Lu}\p{Ll}*,\s+ngày\s|KẾ\s+HOẠCH\b|(?:TRƯỜNG|SỞ|(?<!VĂN\s)PHÒNG|BỘ|ỦY\s+BAN|UỶ\s+BAN|(?<!(?:ỦY|UỶ)\s)BAN|HỘI\s+ĐỒNG|VĂN\s+PHÒNG)\s+\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex HeaderStart();

    // Where the header's lines end: after the motto, the number, the date.
    [GeneratedRegex(@"(?<=Hạnh\s+phúc\.?|Số\s*:\s*[^\s]+(?:\s*/\s*[^\s]+)?|ngày\s+[\d.…]*\s*tháng\s+[\d.…]*\s*năm\s+\d{4}\.?)\s", RegexOptions.CultureInvariant)]
    private static partial Regex HeaderEnd();

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

    /// <summary>The lines with every run-on line read apart; each line split is warned at its place (in <paramref name="split"/>, header lines in <paramref name="header"/>).</summary>
    public static List<ImportLine> Split(List<ImportLine> lines, List<ImportLine> split, List<ImportLine> header)
    {
        var result = new List<ImportLine>(lines.Count);
        var inHeader = true;
        foreach (var line in lines)
        {
            // The header is what comes before the type line and the first basis or label.
            inHeader &= line.Table is not null || LabelStart().Match(" . " + line.Text) is not { Success: true, Index: 3 };
            var pieces = line.Table is null && line.Text.Length > Long && line.Text == line.Marked ? Pieces(line.Text) : null;
            if (pieces is { Count: >= 3 })
            {
                split.Add(line);
                result.AddRange(pieces.Select(p => line with { Text = p, Marked = p }));
            }
            else if (inHeader && line.Table is null && line.Text.Length <= Long && HeaderPieces(line.Text) is { } boxes)
            {
                header.Add(line);
                result.AddRange(boxes.Select(p => line with { Text = p, Marked = p }));
                inHeader = !boxes.Any(b => BoxOf(b) == Box.Type);
            }
            else
            {
                result.Add(line);
                inHeader &= line.Table is not null || BoxOf(line.Text) != Box.Type;
            }
        }
        return result;
    }

    /// <summary>
    /// A line of the header on which a page printed two boxes side by side ("LÊ QUÝ ĐÔN Số: …/KH-LQĐ",
    /// "Đông Hà, ngày 15 tháng 9 năm 2020 DỰ THẢO KẾ HOẠCH", "SỞ GD&amp;ĐT QUẢNG TRỊ TRƯỜNG THPT CHUYÊN"), read
    /// apart; null when it is one box. Every piece must be a box of the header: a number line, a place-and-date
    /// line, the national title or motto, a type line, or a body's name in capitals; two names only when each
    /// starts as a body's name does.
    /// </summary>
    private static List<string>? HeaderPieces(string text)
    {
        var cuts = new SortedSet<int>();
        foreach (Match m in HeaderStart().Matches(text)) cuts.Add(m.Index);
        foreach (Match m in HeaderEnd().Matches(text)) cuts.Add(m.Index + m.Length);
        cuts.RemoveWhere(at => at <= 0 || at >= text.Length || Depth(text, at) > 0);
        if (cuts.Count == 0) return null;
        var pieces = new List<string>();
        var start = 0;
        foreach (var cut in cuts.Append(text.Length))
        {
            var piece = text[start..cut].Trim();
            start = cut;
            if (piece.Length == 0) continue;
            // "DỰ THẢO" then "KẾ HOẠCH": one type line; "Đông" then "Hà, ngày …": one place.
            if (pieces.Count > 0 && (pieces[^1] is "DỰ THẢO" || (BoxOf(pieces[^1]) == Box.None && BoxOf(pieces[^1] + " " + piece) == Box.PlaceDate)))
            {
                pieces[^1] += " " + piece;
            }
            else
            {
                pieces.Add(piece);
            }
        }
        if (pieces.Count < 2) return null;
        var kinds = pieces.Select(BoxOf).ToList();
        if (kinds.Contains(Box.None) || kinds.All(k => k == Box.Motto)) return null;
        return kinds.Any(k => k != Box.Name) || pieces.All(HeaderRecognizer.StartsBody) ? pieces : null;
    }

    private enum Box { None, Name, Number, PlaceDate, Motto, Type }

    private static Box BoxOf(string piece)
    {
        if (NumberLine.Parse(piece) is not null) return Box.Number;
        if (PlaceDateLine.Parse(piece) is { Value.Date: not null }) return Box.PlaceDate;
        if (Motto().IsMatch(piece) || piece.StartsWith("CỘNG H", StringComparison.Ordinal)) return Box.Motto;
        if (!VietnameseCase.IsUpper(piece)) return Box.None;
        var type = piece.StartsWith("DỰ THẢO ", StringComparison.Ordinal) ? piece["DỰ THẢO ".Length..] : piece;
        return DocumentKinds.AtStart(type) is { } kind && kind.Name.Length == type.Length ? Box.Type : Box.Name;
    }

    private static int Depth(string text, int at)
    {
        var depth = 0;
        for (var i = 0; i < at; i++)
        {
            if (text[i] == '(') depth++;
            else if (text[i] == ')' && depth > 0) depth--;
        }
        return depth;
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
        foreach (Match m in HeaderStart().Matches(header)) cuts.Add(m.Index);
        foreach (Match m in HeaderEnd().Matches(header)) cuts.Add(m.Index + m.Length);
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
        cuts.RemoveWhere(at => Depth(text, at) > 0);
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
