using PlanGen.Tests.Support;

namespace PlanGen.Tests;

/// <summary>
/// Inside each project the folders depend on one another one way only, so a folder can be read,
/// changed and tested from the folders below it: import may use the hierarchy, or the hierarchy
/// import, never both.
/// </summary>
public sealed class FolderCycleTests
{
    public static TheoryData<string> Projects() =>
        new(Directory.GetDirectories(Path.Combine(TestPaths.Repository, "src")).Select(d => new DirectoryInfo(d).Name).Order(StringComparer.Ordinal));

    // Core's folders go one way: from the text and the model at the bottom through the document
    // tree, YAML, templating, the format, output, units, validation, the hierarchy and reports up to
    // import, with the run and the pipelines above them all. A stage below import that reads a
    // document calls the import through the run (PlanGenRun.Importer).
    [Theory]
    [MemberData(nameof(Projects))]
    public void The_folders_of_a_project_depend_on_each_other_one_way(string project)
    {
        var graph = FolderGraph.Of(Path.Combine(TestPaths.Repository, "src", project));

        var cycle = FolderGraph.Cycle(graph);

        Assert.True(cycle is null, project + ": folders that use each other: " + (cycle is null ? "" : FolderGraph.Describe(graph, cycle)));
    }

    [Fact]
    public void The_core_graph_sees_the_folders_core_is_made_of()
    {
        var graph = FolderGraph.Of(Path.Combine(TestPaths.Repository, "src", "PlanGen.Core"));
        Assert.Contains("Import", graph.Folders);
        Assert.Contains("Hierarchy", graph.Folders);
        // The build pipeline lays documents out through the templates: an edge the graph must see.
        Assert.Contains(("Build", "Templating"), graph.Edges.Keys);
    }

    [Fact]
    public void A_cycle_through_a_using_and_a_qualified_name_is_named_with_its_files()
    {
        SourceFile[] files =
        [
            new("Import/PlanOrDocument.cs", """
                using PlanGen.Core.Hierarchy.ParentRules;

                namespace PlanGen.Core.Import;

                internal static class PlanOrDocument { }
                """),
            new("Hierarchy/ParentRules/ParentCache.cs", """
                namespace PlanGen.Core.Hierarchy.ParentRules;

                internal sealed class ParentCache
                {
                    // Import.PlanOrDocument in a plain comment is prose, not a use.
                    public object? Read() => Import.PlanOrDocument.Read();
                }
                """),
            new("Model/Plan.cs", """
                namespace PlanGen.Core.Model;

                public sealed record Plan(PlanGen.Core.Import.PlanOrDocument Source);
                """),
        ];
        var graph = FolderGraph.Of("PlanGen.Core", files);

        var cycle = FolderGraph.Cycle(graph);

        Assert.Equal(new[] { "Hierarchy", "Import", "Hierarchy" }, cycle);
        Assert.Equal(
            "Hierarchy → Import (Hierarchy/ParentRules/ParentCache.cs) → Hierarchy (Import/PlanOrDocument.cs)",
            FolderGraph.Describe(graph, cycle!));
        Assert.Contains(("Model", "Import"), graph.Edges.Keys);
    }

    [Fact]
    public void Folders_that_depend_one_way_have_no_cycle()
    {
        SourceFile[] files =
        [
            new("Import/PlanImporter.cs", "using PlanGen.Core.Model;\nnamespace PlanGen.Core.Import;\ninternal static class PlanImporter { }"),
            new("Model/Plan.cs", "namespace PlanGen.Core.Model;\npublic sealed record Plan(string Title);"),
            // The root namespace stands above the folders: using it is no edge back.
            new("PlanGenRun.cs", "using PlanGen.Core.Import;\nnamespace PlanGen.Core;\npublic sealed class PlanGenRun { }"),
        ];

        var graph = FolderGraph.Of("PlanGen.Core", files);

        Assert.Null(FolderGraph.Cycle(graph));
        Assert.Equal(new[] { ("Import", "Model") }, graph.Edges.Keys);
    }
}
