using System.Text.RegularExpressions;
using PlanGen.Core.Model;

namespace PlanGen.Core.Import;

/// <summary>
/// Reads citations out of a basis sentence: "Thực hiện Chỉ thị số 23-CT/TW ngày 25/5/2023 của Ban
/// Bí thư …, Nghị quyết số …; Kế hoạch số 689/KH-UBATGTQG ngày 19/12/2023 của … về …". A piece
/// that names a document without a number is kept as written text.
/// </summary>
internal static partial class CitationParser
{
    private const string Kinds = "Kế hoạch|Quyết định|Chỉ thị|Nghị quyết|Nghị định|Thông tư|Công văn|Chương trình|Luật|Thông báo|Hướng dẫn|Công điện|Đề án";

    [GeneratedRegex(@"(?:\s*[,;]\s+|\s+và\s+)(?=(?:" + Kinds + @")\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Boundary();

    [GeneratedRegex(@"^(?<kind>" + Kinds + @")\s+(?:số\s*:?\s*)?(?<number>\d[\w/.\-]*)(?:\s+ngày\s+(?<d>\d{1,2})\s*[/.\-]\s*(?<m>\d{1,2})\s*[/.\-]\s*(?<y>\d{4}))?(?:\s+của\s+(?<issuer>.+?))?(?:\s+về\s+(?<subject>.+))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Full();

    /// <summary>The citations of a basis text (without its "Thực hiện"/"Căn cứ").</summary>
    public static List<Citation> Parse(string text)
    {
        var citations = new List<Citation>();
        foreach (var piece in Boundary().Split(text.Trim().TrimEnd(';', '.', ',').Trim()))
        {
            var trimmed = piece.Trim().TrimEnd(';', ',').Trim();
            if (trimmed.Length == 0) continue;
            citations.Add(ParseOne(trimmed));
        }
        return citations;
    }

    /// <summary>One citation; free text when it does not follow the pattern.</summary>
    public static Citation ParseOne(string text)
    {
        var match = Full().Match(text);
        if (!match.Success)
        {
            return new Citation(null, null, null, null, null, text);
        }
        VnDate? date = null;
        if (match.Groups["y"].Success && ValidDate(match, out var d))
        {
            date = d;
        }
        var kind = match.Groups["kind"].Value;
        return new Citation(
            VietnameseCase.Capitalize(kind.ToLowerInvariant()),
            match.Groups["number"].Value.TrimEnd('.', ','),
            date,
            Group(match, "issuer"),
            Group(match, "subject"),
            null);
    }

    private static string? Group(Match match, string name) =>
        match.Groups[name].Success && match.Groups[name].Value.Trim().Length > 0 ? match.Groups[name].Value.Trim() : null;

    private static bool ValidDate(Match match, out VnDate date)
    {
        var day = int.Parse(match.Groups["d"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var year = int.Parse(match.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture);
        date = new VnDate(year, month, day);
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
    }
}
