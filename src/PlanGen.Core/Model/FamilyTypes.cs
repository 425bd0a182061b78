using PlanGen.Core.Timelines;

namespace PlanGen.Core.Model;

/// <summary>
/// The six types of the family plangen writes: Kế hoạch, Báo cáo, Tờ trình, Thông báo, Quyết định,
/// Công văn. One table for reading <c>type:</c>, the command line's <c>--type</c>, the template a
/// type is built with and the messages that list the known types.
/// </summary>
public static class FamilyTypes
{
    /// <summary>A plan (Kế hoạch).</summary>
    public static FamilyType Plan { get; } = new("KH", "ke-hoach", "Kế hoạch", null, "1.4");

    /// <summary>A report (Báo cáo).</summary>
    public static FamilyType Report { get; } = new("BC", "bao-cao", "Báo cáo", "bao-cao", "1.4");

    /// <summary>A submission (Tờ trình).</summary>
    public static FamilyType Submission { get; } = new("TTr", "to-trinh", "Tờ trình", "to-trinh", "1.4");

    /// <summary>A notice (Thông báo).</summary>
    public static FamilyType Notice { get; } = new("TB", "thong-bao", "Thông báo", "thong-bao", "1.4");

    /// <summary>A decision (Quyết định), Form 1.3.</summary>
    public static FamilyType Decision { get; } = new("QĐ", "quyet-dinh", "Quyết định", "quyet-dinh", "1.3");

    /// <summary>A letter (Công văn), Form 1.5.</summary>
    public static FamilyType Letter { get; } = new("CV", "cong-van", "Công văn", "cong-van", "1.5");

    /// <summary>Every type, in the order messages list them.</summary>
    public static IReadOnlyList<FamilyType> All { get; } = [Plan, Report, Submission, Notice, Decision, Letter];

    /// <summary>
    /// The type a written value names: its code (any letter case, QD for QĐ), its slug (to-trinh) or
    /// its name (Tờ trình, TỜ TRÌNH, to trinh); null when it names none of the six.
    /// </summary>
    public static FamilyType? Find(string written)
    {
        var key = Key(written);
        return All.FirstOrDefault(t => Key(t.Code) == key || Key(t.Slug) == key || Key(t.Name) == key);
    }

    /// <summary>The type of a document's code (<see cref="IFamilyDocument.TypeCode"/>); a plan for a code of another kind the decree lists (CTr).</summary>
    public static FamilyType Of(string typeCode) =>
        All.FirstOrDefault(t => string.Equals(t.Code, typeCode, StringComparison.OrdinalIgnoreCase)) ?? Plan;

    /// <summary>The type code a number line prints for a document's code: the code itself, none for a công văn (<c>Số: 123/UBND</c>).</summary>
    public static string? NumberCode(string typeCode) =>
        string.Equals(typeCode, Letter.Code, StringComparison.OrdinalIgnoreCase) ? null : typeCode;

    /// <summary>The known types as a message lists them: "ke-hoach (KH), bao-cao (BC), …".</summary>
    public static string Listed() => string.Join(", ", All.Select(t => t.Slug + " (" + t.Name + ")"));

    // Marks, letter case, hyphens and underscores do not tell types apart; Đ is D.
    private static string Key(string text) =>
        TimelineText.Fold(text.Trim().Replace('-', ' ').Replace('_', ' ')).Replace("đ", "d", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
}
