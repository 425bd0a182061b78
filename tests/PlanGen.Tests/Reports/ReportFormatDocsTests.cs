using PlanGen.Core.Format;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Reports;

/// <summary>docs/reports.md's tables of keys are the report format's own: a key added or described anew shows there or this fails.</summary>
public sealed class ReportFormatDocsTests
{
    private const string Start = "<!-- report keys: made from src/PlanGen.Core/Format by FormatDocs.ReportTables(); a test fails when they differ -->";
    private const string End = "<!-- end of report keys -->";

    [Fact]
    public void The_tables_of_report_keys_in_the_docs_are_the_ones_the_format_makes()
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.Repository, "docs", "reports.md")).ReplaceLineEndings("\n");
        var start = text.IndexOf(Start, StringComparison.Ordinal);
        var end = text.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "docs/reports.md has no generated tables between its markers");

        var written = text[(start + Start.Length)..end].Trim('\n') + "\n";

        Assert.True(written == FormatDocs.ReportTables(),
            "docs/reports.md's tables of keys differ from the format's; put FormatDocs.ReportTables() between the markers:\n" + FormatDocs.ReportTables());
    }
}
