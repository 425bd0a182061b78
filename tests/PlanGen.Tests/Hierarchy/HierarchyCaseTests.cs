using PlanGen.Tests.Support;

namespace PlanGen.Tests.Hierarchy;

/// <summary>
/// Each folder under Cases/Hierarchy holds a child plan.yaml, its parent.yaml and units.yaml, and the
/// exact diagnostics the child must give (expected.txt). A folder named after a code fails that
/// rule at a pinned line and column; a folder named "pass-…" passes every rule.
/// </summary>
public sealed class HierarchyCaseTests
{
    public static TheoryData<string> Cases() => DiagnosticCases.Names("Hierarchy");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Child_plan_gives_exactly_the_expected_diagnostics(string name) =>
        DiagnosticCases.AssertExpectedDiagnostics("Hierarchy", name);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_name_names_the_code_it_pins(string name)
    {
        DiagnosticCases.AssertNamedForItsCode("Hierarchy", name);
        Assert.True(name.StartsWith("PG", StringComparison.Ordinal) || name.StartsWith("pass-", StringComparison.Ordinal), name);
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
