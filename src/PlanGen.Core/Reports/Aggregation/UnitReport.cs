using PlanGen.Core.Model;

namespace PlanGen.Core.Reports.Aggregation;

/// <summary>One unit's report taken into the parent's: the report, checked, and the unit of units.yaml that wrote it.</summary>
/// <param name="Report">The report, its facts filled in.</param>
/// <param name="Unit">The unit that issued it.</param>
internal sealed record UnitReport(Report Report, Unit Unit)
{
    /// <summary>How the report names its issuer: "Công an tỉnh".</summary>
    public string Name => Report.Issuer.ShortName ?? Report.Issuer.Name;
}
