namespace PlanGen.Core.Import;

/// <summary>Which field of the plan a part heading fills: "MỤC TIÊU" → targets, "KINH PHÍ THỰC HIỆN" → budget, …</summary>
internal static class PartFields
{
    public const string Combined = "purpose+requirements";

    /// <summary>The plan field for a heading; null for a heading it does not know (an extra part).</summary>
    public static string? Of(string heading)
    {
        var key = BodyRecognizer.Key(heading);
        bool Has(string word) => key.Contains(word, StringComparison.Ordinal);
        if (Has("MỤC ĐÍCH") && Has("YÊU CẦU")) return Combined;
        if (Has("MỤC ĐÍCH")) return "purpose";
        if (Has("MỤC TIÊU")) return "targets";
        if (Has("YÊU CẦU")) return "requirements";
        if (Has("ĐỐI TƯỢNG")) return "subjects";
        if (Has("KINH PHÍ")) return "budget";
        if (Has("TỔ CHỨC THỰC HIỆN")) return "organization";
        if (Has("KHEN THƯỞNG")) return "rewards";
        if (Has("NỘI DUNG") || Has("NHIỆM VỤ") || Has("GIẢI PHÁP")) return "content";
        return null;
    }

    /// <summary>The field of a clause inside a combined "MỤC ĐÍCH, YÊU CẦU" part, by its title.</summary>
    public static string? OfClause(string? title)
    {
        if (title is null) return null;
        var field = Of(title);
        return field is "purpose" or "requirements" or "subjects" ? field : null;
    }
}
