using System.Text.RegularExpressions;
using PlanGen.Core.Document.Grammar;

namespace PlanGen.Core.Recognition;

/// <summary>
/// A line of the header on which a page printed two boxes side by side ("LÊ QUÝ ĐÔN Số: …/KH-LQĐ",
/// "Đông Hà, ngày 15 tháng 9 năm 2020 DỰ THẢO KẾ HOẠCH", "UBND TỈNH LÀO CAI CỘNG HÒA XÃ HỘI …"), read
/// apart where each box starts or ends.
/// </summary>
internal static partial class HeaderBoxes
{
    /// <summary>Where the header's lines start within a stretch of text.</summary>
    [GeneratedRegex(@"(?<=\S\s)(?=CỘNG\s+H[ÒO]A\s+XÃ|Độc\s+lập\s*[-–]|Số\s*:\s*\S*\d|Số\s*:\s*[.…]+\s*/|(?:\p{Lu}\p{Ll}*\s){0,3}\p{Lu}\p{Ll}*,\s+ngày\s|KẾ\s+HOẠCH\b|(?:TRƯỜNG|SỞ|(?<!VĂN\s)PHÒNG|BỘ|ỦY\s+BAN|UỶ\s+BAN|(?<!(?:ỦY|UỶ)\s)BAN|HỘI\s+ĐỒNG|VĂN\s+PHÒNG)\s+\p{Lu})", RegexOptions.CultureInvariant)]
    internal static partial Regex Start();

    /// <summary>A number's symbol alone, as a page drew it out of its box apart from "Số:": "/KH-UBND", "…/KH-UBND".</summary>
    [GeneratedRegex(@"^[.…]*\s*/\s*\p{Lu}[\p{Lu}\d&]*(\s*[-–]\s*[\p{Lu}\d&]+)*$", RegexOptions.CultureInvariant)]
    internal static partial Regex Symbol();

    /// <summary>What goes on from a place-and-date line cut after "ngày": "tháng …", "năm …", or both ("tháng 9 năm 2015").</summary>
    [GeneratedRegex(@"^(?<month>tháng\s*[\d.…]{0,2})?\s*(?<year>năm\s*[\d.…]{0,4})?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    internal static partial Regex DatePiece();

    // A page that drew the boxes out one piece at a time joins a number's symbol to the date's pieces after it ("/KH-UBND tháng năm 201").
    [GeneratedRegex(@"(?<=^[.…]*\s*/\s*\p{Lu}[\p{Lu}\d&–-]*\s)(?=(?:tháng|năm)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex SymbolThenDate();

    /// <summary>Where the header's lines end: after the motto, the number, the date.</summary>
    [GeneratedRegex(@"(?<=Hạnh\s+phúc\.?|Số\s*:\s*[^\s]+(?:\s*/\s*[^\s]+)?|ngày\s+[\d.…]*\s*tháng\s+[\d.…]*\s*năm\s+\d{4}\.?)\s", RegexOptions.CultureInvariant)]
    internal static partial Regex End();

    [GeneratedRegex(@"XÃ\s+HỘI\s+CHỦ\s+NGH|Độc\s+lập\s*[-–]", RegexOptions.CultureInvariant)]
    private static partial Regex Motto();

    // A text page copies the header's two columns onto one line with a run of spaces between them.
    [GeneratedRegex(@"\S(?<gap>[^\S\n]{5,})\S", RegexOptions.CultureInvariant)]
    private static partial Regex Gap();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();

    /// <summary>
    /// The boxes of a header line as typed, left first, each on single spaces; null when it is one
    /// box. A text page that copied the two columns onto one line leaves a run of five spaces or
    /// more between them, where it is read apart first, whatever the left box says; a number or
    /// place-and-date line with blanks left to fill in ("Số:          /UBND") is one box. Each side
    /// is then read apart where a box starts or ends.
    /// </summary>
    public static List<string>? Apart(string typed)
    {
        var trimmed = typed.Trim();
        var text = Spaces().Replace(trimmed, " ");
        // A heading ("I. CĂN CỨ LẬP KẾ HOẠCH") is the body's, however it ends.
        if (NumberingLabel.Parse(text) is not null) return null;
        if (Gap().Matches(trimmed).MaxBy(m => m.Groups["gap"].Length) is { } widest && BoxOf(text) is not (Box.Number or Box.PlaceDate or Box.Type)
            && Depth(trimmed, widest.Groups["gap"].Index) == 0)
        {
            var left = Spaces().Replace(trimmed[..widest.Groups["gap"].Index], " ");
            var right = Spaces().Replace(trimmed[(widest.Groups["gap"].Index + widest.Groups["gap"].Length)..], " ");
            return [.. ApartAt(left) ?? [left], .. ApartAt(right) ?? [right]];
        }
        return ApartAt(text);
    }

    /// <summary>
    /// The boxes of a header line on single spaces that holds several, left first; null when it is
    /// one box. Every piece must be a box of the header: a number line, a place-and-date line, the
    /// national title or motto, a type line, or a body's name in capitals; two names only when each
    /// starts as a body's name does.
    /// </summary>
    private static List<string>? ApartAt(string text)
    {
        var cuts = new SortedSet<int>();
        foreach (Match m in Start().Matches(text)) cuts.Add(m.Index);
        foreach (Match m in End().Matches(text)) cuts.Add(m.Index + m.Length);
        foreach (Match m in SymbolThenDate().Matches(text)) cuts.Add(m.Index);
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
        return kinds.Any(k => k != Box.Name) || pieces.All(HeaderLines.StartsBody) ? pieces : null;
    }

    /// <summary>True when the piece is the document's type line (with "DỰ THẢO" before it, alone).</summary>
    public static bool IsTypeBox(string piece) => BoxOf(piece) == Box.Type;

    // Symbol and DatePiece: the pieces of the number and date lines a page drew out apart from their openings.
    private enum Box { None, Name, Number, PlaceDate, Motto, Type, Symbol, DatePiece }

    private static Box BoxOf(string piece)
    {
        if (NumberLine.Parse(piece) is not null) return Box.Number;
        if (Symbol().IsMatch(piece)) return Box.Symbol;
        if (piece.Length > 0 && DatePiece().IsMatch(piece)) return Box.DatePiece;
        // A place has no figures: "Số: 225 - KH/TWĐTN-CTTN      Hà Nội, ngày …" is a number box beside a date box.
        if (PlaceDateLine.Parse(piece) is { Value: { Date: not null } read } && !read.Place.Any(char.IsDigit)) return Box.PlaceDate;
        if (Motto().IsMatch(piece) || piece.StartsWith("CỘNG H", StringComparison.Ordinal)) return Box.Motto;
        if (!HeaderLines.IsUpper(piece)) return Box.None;
        var type = piece.StartsWith("DỰ THẢO ", StringComparison.Ordinal) ? piece["DỰ THẢO ".Length..] : piece;
        return DocumentKinds.AtStart(type) is { } kind && kind.Name.Length == type.Length ? Box.Type : Box.Name;
    }

    /// <summary>How many brackets are open at <paramref name="at"/>: nothing is cut inside them.</summary>
    public static int Depth(string text, int at)
    {
        var depth = 0;
        for (var i = 0; i < at; i++)
        {
            if (text[i] == '(') depth++;
            else if (text[i] == ')' && depth > 0) depth--;
        }
        return depth;
    }
}
