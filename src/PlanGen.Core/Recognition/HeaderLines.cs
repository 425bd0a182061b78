using System.Text.RegularExpressions;
using PlanGen.Core.Document.Grammar;

namespace PlanGen.Core.Recognition;

/// <summary>
/// The words by which the header's boxes are known, as offices print them and as pages copied from
/// the web break them: the national title and motto, the first words of a body's name, the
/// document's type line (any "KẾ HOẠCH …" suffix, under "DỰ THẢO" or "CHƯƠNG TRÌNH"), the urgency mark.
/// </summary>
public static partial class HeaderLines
{
    /// <summary>The national title or motto, or a piece of one a narrow box wrapped.</summary>
    [GeneratedRegex(@"XÃ HỘI CHỦ NGH|CỘNG HÒA XÃ HỘI|CỘNG HOÀ XÃ HỘI|HÒA XÃ HỘI CHỦ NGHĨA|HOÀ XÃ HỘI CHỦ NGHĨA|^(XÃ )?HỘI CHỦ NGHĨA VIỆT NAM|^CHỦ NGHĨA VIỆT NAM|Độc lập\s*[-–]\s*Tự do", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NationalPiece();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    /// <summary>Upper case, single spaces, "HOÀ" spelled "HÒA": for comparing header words.</summary>
    public static string Fold(string text) =>
        Spaces().Replace(Text.VietnameseCasing.Upper(text), " ").Replace("HOÀ", "HÒA", StringComparison.Ordinal).Replace('–', '-').Trim();

    /// <summary>True when the text has two letters or more, all capitals.</summary>
    public static bool IsUpper(string text)
    {
        var letters = text.Where(char.IsLetter).ToList();
        return letters.Count >= 2 && letters.All(char.IsUpper);
    }

    /// <summary>True for the national title, whole.</summary>
    public static bool IsNationalTitle(string text) => Fold(text).Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", StringComparison.Ordinal);

    /// <summary>True for the motto, whole.</summary>
    public static bool IsMotto(string text) => Fold(text) is var t && t.Contains("ĐỘC LẬP", StringComparison.Ordinal) && t.Contains("HẠNH PHÚC", StringComparison.Ordinal);

    /// <summary>True for the national title or motto or a piece of either.</summary>
    public static bool IsNationalPiece(string text) => NationalPiece().IsMatch(text);

    /// <summary>"DỰ THẢO" above the type line marks a draft; it names no body.</summary>
    public const string DraftMark = "DỰ THẢO";

    private static readonly string[] TypeLeads = [DraftMark + " ", "CHƯƠNG TRÌNH "];

    /// <summary>
    /// The document's kind and the words after its name on a type line in capitals ("KẾ HOẠCH HÀNH ĐỘNG"
    /// → Kế hoạch, "HÀNH ĐỘNG"; "KẾ HOẠCH" → Kế hoạch, ""), also under "CHƯƠNG TRÌNH" or "DỰ THẢO"; a
    /// type line typed in any case that is the kind's name alone; null for any other line.
    /// "QUYẾT ĐỊNH:" opens a decision's articles and is never its type line.
    /// </summary>
    public static (DocumentKind Kind, string Suffix)? TypeLine(string line)
    {
        var text = GrammarText.Collapse(line);
        if (ArticleLabel.IsDecidesLine(text)) return null;
        if (DocumentKinds.ByHeading(text) is { } alone) return (alone, "");
        if (!IsUpper(text)) return null;
        var led = text;
        foreach (var lead in TypeLeads)
        {
            if (led.StartsWith(lead, StringComparison.Ordinal)) led = led[lead.Length..];
        }
        // "CHƯƠNG TRÌNH KẾ HOẠCH …" is a plan; "CHƯƠNG TRÌNH HÀNH ĐỘNG" is a programme of its own kind.
        if (DocumentKinds.AtStart(led) is { HasTypeLine: true } kind) return (kind, led[kind.Name.Length..].Trim());
        return DocumentKinds.AtStart(text) is { HasTypeLine: true } own ? (own, text[own.Name.Length..].Trim()) : null;
    }

    // The first words of a body's name in a header: "ỦY BAN …", "SỞ …", "TRƯỜNG …", "BAN …".
    private static readonly string[] BodyWords =
    [
        "ỦY BAN", "UỶ BAN", "UBND", "UBATGT", "UBATGTQG", "HĐND", "HỘI", "SỞ", "PHÒNG", "TRƯỜNG", "BAN", "BCĐ", "BỘ", "CỤC", "TỔNG CỤC", "CHI CỤC", "VỤ",
        "VIỆN", "HỌC VIỆN", "ĐẠI HỌC", "VĂN PHÒNG", "CÔNG AN", "ĐẢNG", "TỈNH ỦY", "TỈNH UỶ", "HUYỆN ỦY", "HUYỆN UỶ", "THÀNH ỦY", "THÀNH UỶ",
        "ĐOÀN", "MẶT TRẬN", "LIÊN ĐOÀN", "HIỆP HỘI", "CHÍNH PHỦ", "THỦ TƯỚNG", "TRUNG TÂM", "BỆNH VIỆN", "KHO BẠC", "NGÂN HÀNG", "TÒA ÁN",
        "TOÀ ÁN", "THANH TRA", "CÔNG TY", "TỔNG CÔNG TY", "TẬP ĐOÀN", "CHI NHÁNH", "ĐÀI", "BÁO", "QUỸ", "TRẠM", "ĐỘI", "HẠT", "CẢNG VỤ", "KHU",
    ];

    /// <summary>True when a line in capitals starts as a body's name does ("SỞ GD&amp;ĐT …", "TRƯỜNG: THCS …").</summary>
    public static bool StartsBody(string text) =>
        BodyWords.Any(w => text.StartsWith(w, StringComparison.Ordinal) && (text.Length == w.Length || !char.IsLetter(text[w.Length])));

    /// <summary>A place as the date line names it: 2 to 60 characters, no figures, no comma (not a basis that cites a date).</summary>
    public static bool IsPlace(string place) => place.Length is >= 2 and <= 60 && !place.Any(c => char.IsDigit(c) || c == ',');

    // The authority that decides, printed under a decision's subject: a collective body or the head of one.
    private static readonly string[] Authorities =
    [
        "ỦY BAN ", "UỶ BAN ", "CHỦ TỊCH ", "BỘ TRƯỞNG ", "THỦ TƯỚNG ", "GIÁM ĐỐC ", "HIỆU TRƯỞNG ", "TRƯỞNG BAN ",
        "CỤC TRƯỞNG ", "TỔNG CỤC TRƯỞNG ", "HỘI ĐỒNG ", "CHÁNH VĂN PHÒNG ", "VIỆN TRƯỞNG ", "CHÁNH ÁN ",
    ];

    /// <summary>True when a line in capitals starts as the authority that decides does ("ỦY BAN NHÂN DÂN TỈNH …", "CHỦ TỊCH …").</summary>
    public static bool StartsAuthority(string line) => Authorities.Any(a => line.StartsWith(a, StringComparison.Ordinal));

    private static readonly string[] UrgencyMarks = ["HỎA TỐC", "THƯỢNG KHẨN", "KHẨN"];

    /// <summary>True for the urgency mark printed in the header ("HỎA TỐC", "THƯỢNG KHẨN", "KHẨN").</summary>
    public static bool IsUrgency(string text) => UrgencyMarks.Contains(Fold(text).Trim('.', ' '));
}
