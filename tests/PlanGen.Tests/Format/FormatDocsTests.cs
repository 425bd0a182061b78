using PlanGen.Core.Format;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Format;

/// <summary>The docs' tables of keys are the format's own: a key added, renamed or described anew shows in the docs or this fails.</summary>
public sealed class FormatDocsTests
{
    [Fact]
    public void The_tables_of_keys_in_the_docs_are_the_ones_the_format_makes()
    {
        var path = Path.Combine(TestPaths.Repository, "docs", "plan-format.md");
        var text = File.ReadAllText(path).ReplaceLineEndings("\n");
        var start = text.IndexOf(FormatDocs.Start, StringComparison.Ordinal);
        var end = text.IndexOf(FormatDocs.End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "docs/plan-format.md has no generated tables between its markers");

        var written = text[(start + FormatDocs.Start.Length)..end].Trim('\n') + "\n";

        Assert.True(written == FormatDocs.Tables(),
            "docs/plan-format.md's tables of keys differ from the format's; put FormatDocs.Tables() between the markers:\n" + FormatDocs.Tables());
    }
}
