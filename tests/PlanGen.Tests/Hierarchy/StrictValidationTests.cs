using PlanGen.Tests.Support;

namespace PlanGen.Tests.Hierarchy;

public sealed class StrictValidationTests
{
    private static string Case(string name) => Path.Combine(TestPaths.Cases("Hierarchy"), name, "plan.yaml");

    [Fact]
    public void Untaken_led_task_is_a_warning_by_default_and_an_error_with_strict()
    {
        var relaxed = CliRun.Of("validate", Case("PG2112-led-task-not-taken-up"), "--lang", "en");
        var strict = CliRun.Of("validate", Case("PG2112-led-task-not-taken-up"), "--strict", "--lang", "en");

        Assert.Equal(0, relaxed.ExitCode);
        Assert.Contains("(11,9): warning PG2112:", relaxed.Error, StringComparison.Ordinal);
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("(11,9): error PG2112:", strict.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parent_error_is_quoted_in_the_language_of_the_message()
    {
        var run = CliRun.Of("validate", Case("PG2103-parent-has-errors"), "--lang", "vi");

        Assert.Contains("Kế hoạch cấp trên 'parent.yaml' có lỗi; lỗi đầu tiên: ", run.Error, StringComparison.Ordinal);
        Assert.Contains("parent.yaml(8,7): PG2001 '2024-13-31' không phải ngày hợp lệ.", run.Error, StringComparison.Ordinal);
    }
}
