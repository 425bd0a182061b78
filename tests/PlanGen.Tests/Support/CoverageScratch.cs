namespace PlanGen.Tests.Support;

/// <summary>A scratch folder holding the small parent plan of Cases/Hierarchy/pass-all-rules and its units, to derive children from.</summary>
internal sealed class CoverageScratch : IDisposable
{
    private readonly TempFolder _temp = new();

    public CoverageScratch()
    {
        var source = System.IO.Path.Combine(TestPaths.Cases("Hierarchy"), "pass-all-rules");
        Parent = _temp.File("parent.yaml", System.IO.File.ReadAllText(System.IO.Path.Combine(source, "parent.yaml")));
        _temp.File("units.yaml", System.IO.File.ReadAllText(System.IO.Path.Combine(source, "units.yaml")));
    }

    public string Path => _temp.Path;

    public string Parent { get; }

    public string File(string name, string? content = null) => _temp.File(name, content);

    /// <summary>A child plan for <paramref name="unit"/>, written by <c>plangen derive</c>.</summary>
    public string Derive(string unit, string file)
    {
        var path = _temp.File(file);
        Assert.Equal(0, CliRun.Of("derive", Parent, "--unit", unit, "-o", path).ExitCode);
        return path;
    }

    public void Dispose() => _temp.Dispose();
}
