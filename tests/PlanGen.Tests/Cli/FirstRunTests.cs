using PlanGen.Tests.Support;

namespace PlanGen.Tests.Cli;

/// <summary>The README's first command is clean: the flagship plan gives no diagnostic at all.</summary>
public sealed class FirstRunTests
{
    [Fact]
    public void The_lao_cai_plan_validates_with_no_warning()
    {
        var run = CliRun.Of("validate", Path.Combine(TestPaths.Examples, "lao-cai-2024", "ubnd-tinh-atgt-2024.yaml"), "--lang", "en");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("1 plan valid, 0 warnings\n", run.Error.ReplaceLineEndings("\n"));
    }
}
