using PlanGen.Tests.Docx;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Hierarchy;

/// <summary>A plan written by <c>plangen derive</c> builds as it is, before a clerk has filled anything in.</summary>
public sealed class DerivedPlanBuildTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("Sở GD&ĐT")]
    [InlineData("Công an tỉnh")]
    public void Derived_plan_builds_a_schema_valid_docx(string unit)
    {
        var source = Path.Combine(TestPaths.Examples, "lao-cai-2024");
        var parent = _temp.File("ubnd-tinh-atgt-2024.yaml", File.ReadAllText(Path.Combine(source, "ubnd-tinh-atgt-2024.yaml")));
        _temp.File("units.yaml", File.ReadAllText(Path.Combine(source, "units.yaml")));
        var child = _temp.File("sub/ke-hoach.yaml");
        Assert.Equal(0, CliRun.Of("derive", parent, "--unit", unit, "-o", child).ExitCode);
        var docxPath = _temp.File("sub/ke-hoach.docx");

        var run = CliRun.Of("build", child, "--lang", "en");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(docxPath + "\n", run.Out.ReplaceLineEndings("\n"));
        using var docx = new WrittenDocx(File.ReadAllBytes(docxPath));
        Assert.Contains(docx.Body.Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>(), t => t.Text.Contains("68/KH-UBND", StringComparison.Ordinal));
    }
}
