using PlanGen.Core.Model;
using PlanGen.Core.Reports.Schedule;
using PlanGen.Core.Units;

namespace PlanGen.Core.Reports;

/// <summary>A report that went through the checks, with what they loaded for the stages after.</summary>
/// <param name="Report">The report, its <see cref="Report.Facts"/> filled in.</param>
/// <param name="Plan">The plan reported on; null when the report cites it on paper only.</param>
/// <param name="Units">The unit registry: the report's, else the plan's.</param>
/// <param name="Rule">The reporting rule that applies to the report's issuer.</param>
public sealed record CheckedReport(Report Report, Plan? Plan, UnitMatcher? Units, EffectiveRule Rule);
