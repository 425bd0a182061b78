using PlanGen.Core.Model;

namespace PlanGen.Core.Import;

/// <summary>
/// What the person importing says that the document does not: the template a plan names, and for
/// a report that cites no plan or names no period, the plan it reports on and its period.
/// </summary>
/// <param name="Template">The template the plans name, or null for the one their parts suggest.</param>
/// <param name="ReportsOn">For a report that cites no plan: the plan's file (YAML, DOCX, PDF, text) or its citation.</param>
/// <param name="Period">For a report that names no period: its period.</param>
public sealed record ImportOptions(string? Template = null, string? ReportsOn = null, ReportPeriod? Period = null);
