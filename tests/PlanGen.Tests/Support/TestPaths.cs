namespace PlanGen.Tests.Support;

/// <summary>Finds the repository's folders from the test binaries, wherever the tests run.</summary>
internal static class TestPaths
{
    public static string Repository { get; } = FindRepository();

    public static string Examples => Path.Combine(Repository, "examples");

    public static string Cases(string area) => Path.Combine(Repository, "tests", "PlanGen.Tests", "Cases", area);

    /// <summary>The seeds beside the repository (or beside the folder of worktrees it is checked out in).</summary>
    public static string Seeds { get; } = new[] { Path.Combine(Repository, "..", "shared", "seeds"), Path.Combine(Repository, "..", "..", "shared", "seeds") }
        .FirstOrDefault(Directory.Exists) ?? Path.Combine(Repository, "..", "shared", "seeds");

    public static IEnumerable<string> ExamplePlans() =>
        Directory.EnumerateFiles(Examples, "*.yaml", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != "units.yaml")
            .Order(StringComparer.Ordinal);

    private static string FindRepository()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "TrafficSafetyPlan.sln")))
        {
            folder = folder.Parent;
        }
        return folder?.FullName ?? throw new InvalidOperationException("TrafficSafetyPlan.sln not found above " + AppContext.BaseDirectory);
    }
}
