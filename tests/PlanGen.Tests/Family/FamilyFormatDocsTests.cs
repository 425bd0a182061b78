using PlanGen.Core.Format;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Family;

/// <summary>docs/family.md's tables of keys are the decision's and the other types' formats' own: a key added or described anew shows there or this fails.</summary>
public sealed class FamilyFormatDocsTests
{
    private const string Start = "<!-- family keys: made from src/PlanGen.Core/Format by FormatDocs.FamilyTables(); a test fails when they differ -->";
    private const string End = "<!-- end of family keys -->";

    [Fact]
    public void The_tables_of_family_keys_in_the_docs_are_the_ones_the_format_makes()
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.Repository, "docs", "family.md")).ReplaceLineEndings("\n");
        var start = text.IndexOf(Start, StringComparison.Ordinal);
        var end = text.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "docs/family.md has no generated tables between its markers");

        var written = text[(start + Start.Length)..end].Trim('\n') + "\n";

        Assert.True(written == FormatDocs.FamilyTables(),
            "docs/family.md's tables of keys differ from the format's; put FormatDocs.FamilyTables() between the markers:\n" + FormatDocs.FamilyTables());
    }
}
