using PlanGen.Core.Model;

namespace PlanGen.Core.Reports;

/// <summary>A report skeleton made by <see cref="ReportStarter"/>, not yet written.</summary>
/// <param name="Path">Where it is meant to be written; its <c>reports_on:</c> and <c>units:</c> paths are relative to it.</param>
/// <param name="Yaml">The report YAML, NFC.</param>
/// <param name="Unit">The unit that reports.</param>
/// <param name="Tasks">Ids of the plan's tasks it reports on (led or supported), in the plan's order.</param>
/// <param name="Window">The days its figures count.</param>
/// <param name="Due">The day it is due.</param>
public sealed record StartedReport(string Path, string Yaml, Unit Unit, IReadOnlyList<string> Tasks, Period Window, DateOnly Due);
