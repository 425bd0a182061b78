using System.Text.RegularExpressions;
using PlanGen.Core.Model;

namespace PlanGen.Core.Document.Grammar;

/// <summary>
/// A cited document, named as the decree asks the first time: <c>Kế hoạch số 689/KH-UBATGTQG ngày
/// 19/12/2023 của Ủy ban An toàn giao thông Quốc gia về bảo đảm trật tự, an toàn giao thông năm 2024</c>.
/// </summary>
/// <param name="Kind">Loại văn bản: "Kế hoạch", "Chỉ thị".</param>
/// <param name="Number">Số và ký hiệu as written, which need not be in the decree's form ("23-CT/TW").</param>
/// <param name="Date">Ngày ban hành.</param>
/// <param name="Issuer">The issuer, as the citing text names it.</param>
/// <param name="Subject">Trích yếu, after "về".</param>
public sealed partial record CitationPhrase(string? Kind, string? Number, VnDate? Date, string? Issuer, string? Subject)
{
    /// <summary>
    /// True when the text says more than <see cref="Format"/> gives back, so a reader keeps it as printed:
    /// the issuer before the date ("của Chính phủ ngày 05/4/2022"), a subject without "về" ("của Chính phủ
    /// quy định …", "của Bộ Giao thông vận tải ban hành Kế hoạch …").
    /// </summary>
    public bool AsPrinted { get; init; }

    /// <summary>The phrase: each part that is known, in the decree's order.</summary>
    public string Format()
    {
        var parts = new List<string>(5);
        if (Kind is not null) parts.Add(Kind);
        if (Number is not null) parts.Add("số " + Number);
        if (Date is not null) parts.Add("ngày " + ShortDate.Format(Date));
        if (Issuer is not null) parts.Add("của " + Issuer);
        if (Subject is not null) parts.Add("về " + Subject);
        return string.Join(' ', parts);
    }

    /// <summary>
    /// One citation: a kind the decree names, its number, then what of "ngày …", "của …", "về …" it
    /// has; null when the text does not follow that order (it is then kept as written). A date the
    /// calendar does not have is left out.
    /// </summary>
    public static CitationPhrase? Parse(string text)
    {
        var trimmed = text.Trim();
        if (DocumentKinds.AtStart(trimmed) is not { } kind) return null;
        var match = AfterKind().Match(trimmed, kind.Name.Length);
        if (!match.Success) return null;
        VnDate? date = null;
        if (match.Groups["date"].Success && ShortDate.TryParse(match.Groups["date"].Value, out var read)) date = read;
        var late = date is null && match.Groups["late"].Success && ShortDate.TryParse(match.Groups["late"].Value, out var after) ? after : null;
        return new CitationPhrase(kind.Name, match.Groups["number"].Value.TrimEnd('.', ','), date ?? late, Group(match, "issuer"), Group(match, "subject") ?? Group(match, "bare"))
        {
            AsPrinted = late is not null || match.Groups["bare"].Success || match.Groups["vv"].Success,
        };
    }

    /// <summary>
    /// The citations of a sentence that cites several documents ("Chỉ thị số 23-CT/TW …, Nghị quyết
    /// số …; Kế hoạch số … và Quyết định số …"), split where a comma, semicolon or "và" comes before
    /// a kind's name; the end punctuation is dropped.
    /// </summary>
    public static IReadOnlyList<string> Split(string sentence)
    {
        var text = sentence.Trim().TrimEnd(';', '.', ',').Trim();
        var pieces = new List<string>();
        var start = 0;
        foreach (Match separator in Separator().Matches(text))
        {
            var next = separator.Index + separator.Length;
            if (DocumentKinds.AtStart(text, next) is not { } kind || !Cites(text, next, kind)) continue;
            pieces.Add(text[start..separator.Index]);
            start = next;
        }
        pieces.Add(text[start..]);
        return [.. pieces.Select(p => p.Trim().TrimEnd(';', ',').Trim()).Where(p => p.Length > 0)];
    }

    // A kind's name after a separator starts a citation when it is written with its capital ("…, Luật B") or cites
    // by number ("… và kế hoạch số 83/KH-UBND"); "…, hướng dẫn thi hành …" goes on with the citation before it.
    private static bool Cites(string text, int at, DocumentKind kind) =>
        char.IsUpper(text[at]) || CitesNumber().IsMatch(text.AsSpan(at + kind.Name.Length));

    [GeneratedRegex(@"^\s+(?:số\s*:?\s*)?\d", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CitesNumber();

    private static string? Group(Match match, string name) =>
        match.Groups[name].Success && match.Groups[name].Value.Trim().Length > 0 ? match.Groups[name].Value.Trim() : null;

    // After the kind: "số" and the number (also printed without its hyphen, "298 KH/TWĐTN"), then "ngày" and a date, "của" and the issuer, "về" and the subject;
    // the date may follow the issuer ("của Chính phủ ngày 05/4/2022"), the subject may open with its verb ("quy định …")
    // or with "V/v" as a công văn's subject line does, where the issuer ends ("của Phòng GDĐT Núi Thành V/v Hướng dẫn …").
    [GeneratedRegex(@"\G\s+(?:số\s*:?\s*)?(?<number>\d+\s(?-i:\p{Lu}[\p{Lu}\d&]*/[\p{Lu}\d&/.\-]*[\p{Lu}\d])(?=\s|$)|\d[\w/.\-]*)(?:\s+ngày\s+(?<date>(?:\d{1,2}\s*[/.\-]\s*){0,2}\d{4}))?(?:\s+của\s+(?<issuer>.+?)(?:\s+ngày\s+(?<late>(?:\d{1,2}\s*[/.\-]\s*){0,2}\d{4}))?)?(?:\s+về\s+(?<subject>.+)|\s+(?<vv>V/v)\s+(?<subject>.+)|\s+(?<bare>(?:ban hành|phê duyệt|quy định|hướng dẫn|công bố)\s.+))?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AfterKind();

    [GeneratedRegex(@"\s*[,;]\s+|\s+và\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Separator();
}
