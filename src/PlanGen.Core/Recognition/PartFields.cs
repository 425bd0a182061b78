using PlanGen.Core.Model;

namespace PlanGen.Core.Recognition;

/// <summary>What a part heading says the part is: "MỤC TIÊU" → targets, "KINH PHÍ THỰC HIỆN" → budget, …</summary>
internal static class PartFields
{
    /// <summary>True for a heading that names purpose and requirements together ("MỤC ĐÍCH, YÊU CẦU").</summary>
    public static bool IsCombined(string heading)
    {
        var key = Text.VietnameseCasing.Upper(heading);
        return key.Contains("MỤC ĐÍCH", StringComparison.Ordinal) && key.Contains("YÊU CẦU", StringComparison.Ordinal);
    }

    /// <summary>The kind a heading names; null for a combined heading or one it does not know (a free part).</summary>
    public static PartKind? Of(string heading)
    {
        var key = Text.VietnameseCasing.Upper(heading);
        bool Has(string word) => key.Contains(word, StringComparison.Ordinal);
        if (IsCombined(heading)) return null;
        if (Has("MỤC ĐÍCH")) return PartKind.Purpose;
        if (Has("MỤC TIÊU")) return PartKind.Targets;
        if (Has("YÊU CẦU")) return PartKind.Requirements;
        if (Has("ĐỐI TƯỢNG")) return PartKind.Subjects;
        if (Has("KINH PHÍ")) return PartKind.Budget;
        if (Has("TỔ CHỨC THỰC HIỆN")) return PartKind.Organization;
        if (Has("KHEN THƯỞNG")) return PartKind.Rewards;
        if (Has("NỘI DUNG") || Has("NHIỆM VỤ") || Has("GIẢI PHÁP")) return PartKind.Content;
        return null;
    }

    /// <summary>The kind of a clause inside a combined "MỤC ĐÍCH, YÊU CẦU" part, by its title.</summary>
    public static PartKind? OfClause(string? title) =>
        title is null ? null : Of(title) is PartKind.Purpose or PartKind.Requirements or PartKind.Subjects ? Of(title) : null;
}
