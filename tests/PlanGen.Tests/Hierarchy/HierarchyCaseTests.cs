using PlanGen.Tests.Support;

namespace PlanGen.Tests.Hierarchy;

/// <summary>
/// Each folder under Cases/Hierarchy holds a child plan.yaml, its parent.yaml and units.yaml, and the
/// exact diagnostics the child must give (expected.txt). A folder named after a code fails that
/// rule at a pinned line and column; a folder named "pass-…" passes every rule.
/// </summary>
public sealed class HierarchyCaseTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var folder in Directory.EnumerateDirectories(TestPaths.Cases("Hierarchy")).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(folder));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Child_plan_gives_exactly_the_expected_diagnostics(string name)
    {
        var folder = Path.Combine(TestPaths.Cases("Hierarchy"), name);
        var expected = File.ReadAllText(Path.Combine(folder, "expected.txt")).TrimEnd('\n');

        var actual = Diagnose.Text(Path.Combine(folder, "plan.yaml"));

        Assert.Equal(expected, actual);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_name_names_the_code_it_pins(string name)
    {
        var expected = File.ReadAllText(Path.Combine(TestPaths.Cases("Hierarchy"), name, "expected.txt"));
        if (name.StartsWith("PG", StringComparison.Ordinal))
        {
            Assert.Contains(" " + name[..6] + ":", expected, StringComparison.Ordinal);
        }
        else
        {
            Assert.StartsWith("pass-", name, StringComparison.Ordinal);
            Assert.Equal("", expected.Trim());
        }
    }

    [Fact]
    public void Every_parent_rule_code_has_a_failing_case()
    {
        var names = Directory.EnumerateDirectories(TestPaths.Cases("Hierarchy")).Select(Path.GetFileName).ToList();

        for (var code = 2101; code <= 2115; code++)
        {
            Assert.Contains(names, n => n!.StartsWith("PG" + code.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        }
    }
}
