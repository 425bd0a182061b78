using PlanGen.Core.Format;
using PlanGen.Core.Model;

namespace PlanGen.Core.Import;

/// <summary>What the recognizer made of a report: the report, and the notes on what it guessed.</summary>
/// <param name="Report">The report.</param>
/// <param name="Notes">Comments for the YAML, by key.</param>
/// <param name="Source">The document's path, named in the YAML's first comment.</param>
internal sealed record ImportedReport(Report Report, IReadOnlyList<ImportNote> Notes, string Source)
{
    /// <summary>The report as YAML, by the report format's table, where it came from at the top and each note above its key.</summary>
    public string ToYaml() => PlanWriter.Write(ReportFormat.Report, Report, Notes.Select(n => new YamlComment(n.Key, n.Text)), ImportedPlan.Heading(Source));
}
