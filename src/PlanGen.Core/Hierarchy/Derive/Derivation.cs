using PlanGen.Core.Document.Grammar;
using PlanGen.Core.Model;

namespace PlanGen.Core.Hierarchy.Derive;

/// <summary>What a derived sub-plan is made of, worked out from the parent before any YAML is written.</summary>
/// <param name="ParentPath">The parent's path relative to the child's folder, with forward slashes.</param>
/// <param name="UnitsPath">The registry's path relative to the child's folder.</param>
/// <param name="GoverningBody">The body the unit belongs to (cơ quan chủ quản), when known.</param>
/// <param name="ParentIssuerUnit">The parent issuer's id in the registry, for the recipient line.</param>
internal sealed record Derivation(
    Plan Parent,
    Citation Citation,
    Unit Unit,
    string ParentPath,
    string? UnitsPath,
    string? GoverningBody,
    string? ParentIssuerUnit,
    IReadOnlyList<AssignedTask> Led,
    IReadOnlyList<AssignedTask> Supported)
{
    /// <summary>False for a unit known only by the name the parent document prints: the child names no registry id for it.</summary>
    public bool Registered { get; init; } = true;

    /// <summary>How the plan's own text names the unit: its shortest spelling.</summary>
    public string ShortName => Unit.Aliases.Where(a => a.Length < Unit.Name.Length).MinBy(a => a.Length) ?? Unit.Name;

    /// <summary>How the child names the parent's issuer: "UBND tỉnh".</summary>
    public string ParentIssuerShort => Parent.Issuer.ShortName ?? Parent.Issuer.Name;

    /// <summary>"Kế hoạch số 68/KH-UBND ngày 31/01/2024 của Ủy ban nhân dân tỉnh Lào Cai", without the subject.</summary>
    public string CitationShort => (Citation with { Subject = null }).ToText();
}
