namespace PlanGen.Core.Document.Grammar;

/// <summary>
/// The kinds of documents the decree lists with their abbreviations (Appendix III), and the legal
/// documents plans cite: one table for the number line's type code, the type line, citations and
/// the name of a document that is not a plan.
/// </summary>
public static class DocumentKinds
{
    /// <summary>Every kind, the longest name first so that "Thông tư liên tịch" is read before "Thông tư".</summary>
    public static IReadOnlyList<DocumentKind> All { get; } =
    [
        .. new DocumentKind[]
        {
            new("Kế hoạch", "KH"), new("Quyết định", "QĐ"), new("Chỉ thị", "CT"), new("Nghị quyết", "NQ"),
            new("Quy chế", "QC"), new("Quy định", "QyĐ"), new("Thông cáo", "TC"), new("Thông báo", "TB"),
            new("Hướng dẫn", "HD"), new("Chương trình", "CTr"), new("Phương án", "PA"), new("Đề án", "ĐA"),
            new("Dự án", "DA"), new("Báo cáo", "BC"), new("Biên bản", "BB"), new("Tờ trình", "TTr"),
            new("Hợp đồng", "HĐ"), new("Công điện", "CĐ"), new("Bản ghi nhớ", "BGN"), new("Bản thỏa thuận", "BTT"),
            new("Giấy ủy quyền", "GUQ"), new("Giấy mời", "GM"), new("Giấy giới thiệu", "GGT"), new("Giấy nghỉ phép", "GNP"),
            new("Phiếu gửi", "PG"), new("Phiếu chuyển", "PC"), new("Phiếu báo", "PB"),
            new("Nghị định", "NĐ"), new("Thông tư liên tịch", "TTLT"), new("Thông tư", "TT"), new("Luật", null),
            new("Công văn", null, HasTypeLine: false),
        }.OrderByDescending(k => k.Name.Length),
    ];

    /// <summary>The kind an abbreviation stands for ("KH" → Kế hoạch, any letter case); null when the decree has none.</summary>
    public static DocumentKind? ByCode(string code)
    {
        foreach (var kind in All)
        {
            if (kind.Code is not null && string.Equals(kind.Code, code, StringComparison.OrdinalIgnoreCase)) return kind;
        }
        return null;
    }

    /// <summary>The kind a type line names ("KẾ HOẠCH", "Quyết định", any letter case or spacing); null when none.</summary>
    public static DocumentKind? ByHeading(string line)
    {
        var text = GrammarText.Collapse(line);
        foreach (var kind in All)
        {
            if (kind.HasTypeLine && string.Equals(kind.Name, text, StringComparison.OrdinalIgnoreCase)) return kind;
        }
        return null;
    }

    /// <summary>The kind whose name <paramref name="text"/> starts with, as a whole word (any letter case); null when none.</summary>
    public static DocumentKind? AtStart(string text, int start = 0)
    {
        foreach (var kind in All)
        {
            var end = start + kind.Name.Length;
            if (end <= text.Length && string.Compare(text, start, kind.Name, 0, kind.Name.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return kind;
            }
        }
        return null;
    }
}
