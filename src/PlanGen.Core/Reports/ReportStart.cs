using PlanGen.Core.Document.Grammar;
using PlanGen.Core.Hierarchy;
using PlanGen.Core.Model;
using PlanGen.Core.Units;

namespace PlanGen.Core.Reports;

/// <summary>What a report skeleton is made of, worked out from the plan before any YAML is written.</summary>
/// <param name="PlanPath">The plan's path relative to the report's folder, with forward slashes.</param>
/// <param name="UnitsPath">The registry's path relative to the report's folder.</param>
/// <param name="To">Kính gửi: where the reporting rule sends the report.</param>
/// <param name="Tasks">The tasks the unit reports on, each with whether it leads it.</param>
internal sealed record ReportStart(
    Plan Plan,
    Unit Unit,
    UnitMatcher Units,
    ReportPeriod Period,
    string PlanPath,
    string UnitsPath,
    string To,
    Period Window,
    DateOnly Due,
    IReadOnlyList<(AssignedTask Task, bool Leads)> Tasks)
{
    /// <summary>How the plan's own text names the unit: its shortest spelling.</summary>
    public string ShortName => Unit.Aliases.Where(a => a.Length < Unit.Name.Length).MinBy(a => a.Length) ?? Unit.Name;

    /// <summary>"Kế hoạch số 68/KH-UBND ngày 31/01/2024 của Ủy ban nhân dân tỉnh Lào Cai", without the subject.</summary>
    public string CitationShort => (ParentCitation.Of(Plan) with { Subject = null }).ToText();
}
