using PlanGen.Core.Model;

namespace PlanGen.Core.Reports.Aggregation;

/// <summary>The parent's report draft made by <see cref="ReportAggregator"/>, not yet written.</summary>
/// <param name="Path">Where it is meant to be written; its <c>reports_on:</c> and <c>units:</c> paths are relative to it.</param>
/// <param name="Yaml">The report YAML, NFC.</param>
/// <param name="Reported">The units whose reports were taken, in units.yaml's order.</param>
/// <param name="NotReported">The units that lead a task of the plan and sent no report.</param>
/// <param name="WithoutStatus">Ids of the tasks whose lead unit reported without giving them a status.</param>
public sealed record AggregatedReport(string Path, string Yaml, IReadOnlyList<Unit> Reported, IReadOnlyList<Unit> NotReported, IReadOnlyList<string> WithoutStatus)
{
    /// <summary>True while a unit has not reported or a led task has no status: the draft is not complete.</summary>
    public bool HasGaps => NotReported.Count > 0 || WithoutStatus.Count > 0;
}
