using System.Text.Json;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Cli;

/// <summary>
/// A file's diagnostics are printed in the order of its lines (then columns), whatever order the
/// checks found them in, so a clerk works down the file; files keep the order they were given in.
/// </summary>
public sealed class DiagnosticOrderTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    // The checks read requirements before targets; the file writes targets first.
    private const string Plan = TestPlans.Complete + """

        targets: TODO - mục tiêu.
        requirements: TODO - yêu cầu.
        date: 2024-13-01
        """;

    private static List<int> Lines(string error, string file) =>
        [.. error.Split('\n').Where(l => l.StartsWith(file + "(", StringComparison.Ordinal))
            .Select(l => int.Parse(l[(file.Length + 1)..l.IndexOf(',', file.Length)], System.Globalization.CultureInfo.InvariantCulture))];

    [Theory]
    [InlineData("validate")]
    [InlineData("build")]
    public void Diagnostics_of_a_plan_are_printed_by_line(string command)
    {
        var first = _temp.File("a.yaml", Plan);
        var second = _temp.File("b.yaml", Plan);

        var run = CliRun.Of(command, second, first, "--lang", "en");

        var lines = Lines(run.Error, second);
        Assert.Equal(3, lines.Count);
        Assert.Equal(lines.Order(), lines);
        Assert.True(run.Error.IndexOf(second, StringComparison.Ordinal) < run.Error.IndexOf(first, StringComparison.Ordinal));
    }

    [Fact]
    public void Json_diagnostics_are_in_line_order_too()
    {
        var plan = _temp.File("a.yaml", Plan);

        var run = CliRun.Of("validate", plan, "--diagnostics", "json");

        using var json = JsonDocument.Parse(run.Error);
        var lines = json.RootElement.EnumerateArray().Select(d => d.GetProperty("line").GetInt32()).ToList();
        Assert.Equal(lines.Order(), lines);
    }
}
