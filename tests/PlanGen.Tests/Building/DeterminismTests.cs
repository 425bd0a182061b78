using PlanGen.Cli;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Building;

/// <summary>
/// The same plan gives byte-identical DOCX on any machine, time zone and culture. The other time
/// zone and culture are set on a separate plangen process, as a user's machine would have them.
/// </summary>
public sealed class DeterminismTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [MemberData(nameof(ExampleBuilds.SeedExamples), MemberType = typeof(ExampleBuilds))]
    public void A_build_under_another_time_zone_and_culture_is_byte_identical(string example)
    {
        var here = Path.Combine(_temp.Path, "here.docx");
        var there = Path.Combine(_temp.Path, "there.docx");
        Assert.Equal(0, CliRun.Of("build", ExampleBuilds.PathOf(example), "-o", here).ExitCode);

        var (exitCode, error) = CliProcess.Run(new Dictionary<string, string>
        {
            ["TZ"] = "Pacific/Kiritimati",
            ["LANG"] = "ar_SA.UTF-8",
            ["LC_ALL"] = "ar_SA.UTF-8",
            ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "0",
            [StartupProfile.Variable] = "off",
        }, "build", ExampleBuilds.PathOf(example), "-o", there);

        Assert.True(exitCode == 0, error);
        Assert.Equal(File.ReadAllBytes(here), File.ReadAllBytes(there));
    }
}
