using PlanGen.Tests.Support;

namespace PlanGen.Tests.Yaml;

/// <summary>
/// Each folder under Cases/Reading holds a plan.yaml with one fault and the exact diagnostics it must
/// give (expected.txt): code, severity, line and column. Folder names start with the code they pin.
/// </summary>
public sealed class ReadingCaseTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var folder in Directory.EnumerateDirectories(TestPaths.Cases("Reading")).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(folder));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_gives_exactly_the_expected_diagnostics(string name)
    {
        var folder = Path.Combine(TestPaths.Cases("Reading"), name);
        var expected = File.ReadAllText(Path.Combine(folder, "expected.txt")).TrimEnd('\n');

        var actual = Diagnose.Text(Path.Combine(folder, "plan.yaml"));

        Assert.Equal(expected, actual);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_name_names_the_code_it_pins(string name)
    {
        var expected = File.ReadAllText(Path.Combine(TestPaths.Cases("Reading"), name, "expected.txt"));
        if (name.StartsWith("PG", StringComparison.Ordinal))
        {
            Assert.Contains(" " + name[..6] + ":", expected, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal("", expected.Trim());
        }
    }
}
