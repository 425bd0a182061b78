namespace PlanGen.Core.Hierarchy.Coverage;

/// <summary>
/// The words a clerk reads in a coverage report, in Vietnamese (<c>vi</c>) or English (anything
/// else): column headers and why a unit has not taken a task up. JSON keeps English keys and codes.
/// </summary>
internal static class CoverageText
{
    public static bool IsVietnamese(string language) => language == "vi";

    /// <summary>Headers of the terminal table: id, content, lead, taken up by, missing.</summary>
    public static string[] TableHeaders(string language) => IsVietnamese(language)
        ? ["Nhiệm vụ", "Nội dung", "Đơn vị chủ trì", "Đã triển khai", "Chưa triển khai"]
        : ["Task", "Content", "Lead", "Taken up by", "Missing"];

    /// <summary>
    /// The CSV header row. English keeps the field names scripts already read; Vietnamese gives
    /// the words a clerk sees when the file opens in a spreadsheet.
    /// </summary>
    public static string[] CsvHeaders(string language) => IsVietnamese(language)
        ? ["Mã nhiệm vụ", "Nội dung", "Đơn vị chủ trì", "Đã triển khai (kế hoạch)", "Chưa triển khai"]
        : ["task", "content", "lead", "taken_up_by", "missing"];

    /// <summary>Why a unit has not taken a task up, as a reader says it.</summary>
    public static string Reason(CoverageGapReason reason, string language) => reason switch
    {
        CoverageGapReason.NoPlan => IsVietnamese(language) ? "chưa có kế hoạch" : "no plan",
        _ => IsVietnamese(language) ? "kế hoạch bỏ sót" : "skipped",
    };

    /// <summary>Why a unit has not taken a task up in CSV: the reason code in English, words in Vietnamese.</summary>
    public static string CsvReason(CoverageGapReason reason, string language) =>
        IsVietnamese(language) ? Reason(reason, language) : CoverageJsonFormatter.ReasonCode(reason);
}
