using PlanGen.Core.Hierarchy.Coverage;
using PlanGen.Core.Model;

namespace PlanGen.Tests.Hostile;

/// <summary>Coverage CSV cells that a spreadsheet would run as a formula are written as text.</summary>
public sealed class CsvInjectionTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")")]
    [InlineData("+1+cmd|' /C calc'!A0")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1:A2)")]
    [InlineData("\t=1")]
    [InlineData("\r=1")]
    public void A_formula_cell_is_neutralised(string content)
    {
        var row = new CoverageRow("I.1", "1", content, content, [content], [content], [new CoverageGap(content, CoverageGapReason.NoPlan)]);
        var report = new CoverageReport("p.yaml", new Citation("Kế hoạch", "1/KH", null, "UBND", null, null), [], [new CoverageGroup("I", "g", [row])]);

        var csv = CoverageCsvFormatter.Format(report);

        var cells = csv.Split("\r\n")[1];
        Assert.DoesNotContain(",=", cells, StringComparison.Ordinal);
        Assert.DoesNotContain(",+", cells, StringComparison.Ordinal);
        Assert.DoesNotContain(",-", cells, StringComparison.Ordinal);
        Assert.DoesNotContain(",@", cells, StringComparison.Ordinal);
        Assert.DoesNotContain(",\"=", cells, StringComparison.Ordinal);
        Assert.DoesNotContain(",\"\t", cells, StringComparison.Ordinal);
        Assert.Contains("'" + content[..1], cells, StringComparison.Ordinal);
    }

    [Fact]
    public void Ordinary_cells_are_unchanged()
    {
        var row = new CoverageRow("I.1", "1", "Tuyên truyền", "Công an tỉnh", ["Công an tỉnh"], [], []);
        var report = new CoverageReport("p.yaml", new Citation("Kế hoạch", "1/KH", null, "UBND", null, null), [], [new CoverageGroup("I", "g", [row])]);
        Assert.Contains("I.1,Tuyên truyền,Công an tỉnh,,", CoverageCsvFormatter.Format(report), StringComparison.Ordinal);
    }
}
