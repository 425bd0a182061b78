namespace PlanGen.Core.Model;

/// <summary>An entry of units.yaml: a body with its spellings, so plans can be matched to it.</summary>
/// <param name="Id">A short stable id, e.g. "so-gddt".</param>
/// <param name="Name">The full name, e.g. "Sở Giáo dục và Đào tạo".</param>
/// <param name="Aliases">Other spellings and short names, e.g. "Sở GD&amp;ĐT".</param>
/// <param name="Code">Its code in document numbers, e.g. "SGDĐT".</param>
/// <param name="ParentId">The id of the unit above it.</param>
public sealed record Unit(string Id, string Name, IReadOnlyList<string> Aliases, UnitLevel Level, string? Code, string? ParentId) : ModelNode
{
    /// <summary>The unit's own chế độ báo cáo, where it differs from the province's.</summary>
    public ReportingRule? Reporting { get; init; }
}
