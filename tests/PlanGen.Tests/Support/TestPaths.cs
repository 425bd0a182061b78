namespace PlanGen.Tests.Support;

/// <summary>Finds the repository's folders from the test binaries, wherever the tests run.</summary>
internal static class TestPaths
{
    public static string Repository { get; } = FindRepository();

    public static string Examples => Path.Combine(Repository, "examples");

    public static string Cases(string area) => Path.Combine(Repository, "tests", "PlanGen.Tests", "Cases", area);

    /// <summary>The shared seeds folder: beside the repository, or beside a folder of working copies above it.</summary>
    public static string Seeds => FindAbove(Repository, Path.Combine("shared", "seeds"));

    public static IEnumerable<string> ExamplePlans() => ExampleDocuments().Where(f => TypeOf(f) == PlanGen.Core.Model.FamilyTypes.Plan);

    /// <summary>The example decisions, submissions, notices and letters, which have tests of their own.</summary>
    public static IEnumerable<string> ExampleFamilyDocuments() =>
        ExampleDocuments().Where(f => TypeOf(f) is var type && type != PlanGen.Core.Model.FamilyTypes.Plan && type != PlanGen.Core.Model.FamilyTypes.Report);

    /// <summary>The example reports (<c>type: BC</c>), which have tests of their own.</summary>
    public static IEnumerable<string> ExampleReports() => ExampleDocuments().Where(IsReport);

    private static IEnumerable<string> ExampleDocuments() =>
        Directory.EnumerateFiles(Examples, "*.yaml", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != "units.yaml")
            .Order(StringComparer.Ordinal);

    private static bool IsReport(string path) => TypeOf(path) == PlanGen.Core.Model.FamilyTypes.Report;

    // The type its root "type:" line names; a plan when it names none.
    private static PlanGen.Core.Model.FamilyType TypeOf(string path) =>
        File.ReadLines(path).Where(line => line.StartsWith("type:", StringComparison.Ordinal))
            .Select(line => PlanGen.Core.Model.FamilyTypes.Find(line["type:".Length..].Trim().Trim('"')))
            .FirstOrDefault() ?? PlanGen.Core.Model.FamilyTypes.Plan;

    private static string FindAbove(string start, string relative)
    {
        for (var folder = new DirectoryInfo(start).Parent; folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, relative);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new InvalidOperationException(relative + " not found above " + start);
    }

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
