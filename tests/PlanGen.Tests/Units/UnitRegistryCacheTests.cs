using PlanGen.Core;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Units;

/// <summary>A units.yaml shared by the plans of a batch is read once, and again only when it changes.</summary>
public sealed class UnitRegistryCacheTests : IDisposable
{
    private readonly TempFolder _temp = new();
    // One run for the whole test, as a watch keeps one while it builds again on each save.
    private readonly PlanGenRun _plangen = TestRun.New();

    public void Dispose() => _temp.Dispose();

    private const string Plan = """
        issuer:
          name: Sở Y tế tỉnh Lào Cai
          code: SYT
          place: Lào Cai
          level: department
        title: Bảo đảm an toàn giao thông năm 2024
        appendix:
          groups:
            - title: Công tác tuyên truyền
              tasks:
                - content: Tuyên truyền về an toàn giao thông
                  lead: Công an tỉnh
        """;

    private const string Units = """
        units:
          - id: so-y-te
            name: Sở Y tế tỉnh Lào Cai
        """;

    private const string UnitsWithPolice = Units + """

          - id: cong-an
            name: Công an tỉnh Lào Cai
            aliases: [Công an tỉnh]
        """;

    private string[] Plans(int count) => [.. Enumerable.Range(1, count).Select(i => _temp.File($"plan{i}.yaml", Plan))];

    [Fact]
    public void The_plans_of_a_batch_read_their_units_file_once()
    {
        var units = _temp.File("units.yaml", Units);

        var run = CliRun.In(_plangen, ["validate", .. Plans(3), "--lang", "en"]);

        Assert.Equal(1, _plangen.UnitRegistries.ReadsOf(units));
        Assert.Equal(3, run.Error.Split('\n').Count(l => l.Contains("warning PG2010: The unit 'Công an tỉnh'", StringComparison.Ordinal)));
    }

    [Fact]
    public void An_edited_units_file_is_read_again()
    {
        var units = _temp.File("units.yaml", Units);
        var plans = Plans(2);
        Assert.Contains("PG2010", CliRun.In(_plangen, ["validate", .. plans]).Error, StringComparison.Ordinal);

        File.WriteAllText(units, UnitsWithPolice);
        var run = CliRun.In(_plangen, ["validate", .. plans]);

        Assert.DoesNotContain("PG2010", run.Error, StringComparison.Ordinal);
        Assert.Equal(2, _plangen.UnitRegistries.ReadsOf(units));
    }

    [Fact]
    public void Every_plan_names_the_errors_of_a_broken_units_file()
    {
        _temp.File("units.yaml", "units: [\n");

        var run = CliRun.In(_plangen, ["validate", .. Plans(3), "--lang", "en"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(3, run.Error.Split('\n').Count(l => l.Contains("units.yaml(", StringComparison.Ordinal) && l.Contains(": error ", StringComparison.Ordinal)));
    }
}
