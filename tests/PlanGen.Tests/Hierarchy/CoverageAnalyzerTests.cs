using PlanGen.Core.Batch;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Hierarchy.Coverage;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Hierarchy;

public sealed class CoverageAnalyzerTests : IDisposable
{
    private readonly CoverageScratch _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public void The_parent_in_the_childrens_folder_is_not_counted_as_a_child()
    {
        _scratch.Derive("Sở GD&ĐT", "gddt.yaml");
        var diagnostics = new DiagnosticBag();
        var folder = InputFiles.Expand([_scratch.Path], diagnostics);

        var report = CoverageAnalyzer.Analyze(TestRun.New(), _scratch.Parent, folder, diagnostics);

        Assert.Equal(2, folder.Count);
        Assert.Equal(["Sở GD&ĐT"], report!.Children);
        Assert.Empty(diagnostics.Items);
    }

    [Fact]
    public void A_child_naming_another_parent_is_PG2117_and_left_out()
    {
        var child = _scratch.Derive("Sở GD&ĐT", "gddt.yaml");
        File.WriteAllText(child, File.ReadAllText(child).Replace("parent: parent.yaml", "parent: other.yaml", StringComparison.Ordinal));
        var diagnostics = new DiagnosticBag();

        var report = CoverageAnalyzer.Analyze(TestRun.New(), _scratch.Parent, [child], diagnostics);

        Assert.Empty(report!.Children);
        Assert.Equal(DiagnosticCode.ChildOfAnotherParent, Assert.Single(diagnostics.Items).Code);
    }
}
