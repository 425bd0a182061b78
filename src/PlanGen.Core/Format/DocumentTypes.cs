using PlanGen.Core.Format.Kinds;
using PlanGen.Core.Yaml;

namespace PlanGen.Core.Format;

/// <summary>
/// Which document of the family a YAML file holds, by its <c>type</c>: a report when it says BC
/// (or "báo cáo"), a plan otherwise, as every plan written before the family was (KH by default).
/// </summary>
internal static class DocumentTypes
{
    /// <summary>The type code of a report.</summary>
    public const string Report = "BC";

    /// <summary>True when the root mapping of a file says it is a report.</summary>
    public static bool IsReport(YamlMap root) => ReportType(root) is not null;

    /// <summary>The <c>type</c> value that says a file is a report; null when it is not one.</summary>
    public static YamlText? ReportType(YamlMap root)
    {
        foreach (var (key, value) in root.Entries)
        {
            if (key.Value == "type" && value is YamlText { IsNull: false } type)
            {
                return IsReportCode(type.Value) ? type : null;
            }
        }
        return null;
    }

    /// <summary>True when a written type (a code or a kind's name) is a report's.</summary>
    public static bool IsReportCode(string written)
    {
        var text = written.Trim();
        return string.Equals(text, Report, StringComparison.OrdinalIgnoreCase) || TypeKind.CodeOf(text) == Report;
    }
}
