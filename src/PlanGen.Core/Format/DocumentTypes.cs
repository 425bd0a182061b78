using PlanGen.Core.Model;
using PlanGen.Core.Yaml;

namespace PlanGen.Core.Format;

/// <summary>
/// Which document of the family a YAML file holds, by its <c>type</c> (<see cref="FamilyTypes"/>):
/// a report when it says BC (or "báo cáo"), a decision, a Tờ trình, Thông báo or Công văn, and a
/// plan otherwise, as every plan written before the family was (KH by default).
/// </summary>
internal static class DocumentTypes
{
    /// <summary>The type code of a report.</summary>
    public const string Report = "BC";

    /// <summary>True when the root mapping of a file says it is a report.</summary>
    public static bool IsReport(YamlMap root) => ReportType(root) is not null;

    /// <summary>True when the root mapping of a file holds a plan: no type, KH, another kind laid out as a plan, or a type plangen does not know (the plan's reader reports it).</summary>
    public static bool IsPlan(YamlMap root) => TypeOf(root).Type == FamilyTypes.Plan;

    /// <summary>The <c>type</c> value that says a file is a report; null when it is not one.</summary>
    public static YamlText? ReportType(YamlMap root) =>
        TypeOf(root) is { Type.Code: Report, Written: { } written } ? written : null;

    /// <summary>The type a file's root mapping names, with the value as written (null when it writes none).</summary>
    public static (FamilyType Type, YamlText? Written) TypeOf(YamlMap root)
    {
        foreach (var (key, value) in root.Entries)
        {
            if (key.Value == "type" && value is YamlText { IsNull: false } type)
            {
                return (FamilyTypes.Find(type.Value) ?? FamilyTypes.Plan, type);
            }
        }
        return (FamilyTypes.Plan, null);
    }
}
