using PlanGen.Tests.Support;

namespace PlanGen.Tests.Reports;

/// <summary>
/// A report on a plan that cannot be read, with a period plangen does not read, or with a count
/// that is not a whole number of zero or more: validate and build name the place in the run's
/// language, exit 1, and write nothing.
/// </summary>
public sealed class ReportBadInputTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("PG2208-plan-not-found", "en", "report.yaml(12,13): error PG2208: The plan reported on, '../khong-co.yaml', was not found.")]
    [InlineData("PG2208-plan-not-found", "vi", "report.yaml(12,13): lỗi PG2208:")]
    [InlineData("PG2209-plan-has-errors", "en", "report.yaml(12,13): error PG2209:")]
    [InlineData("PG2209-plan-has-errors", "vi", "report.yaml(12,13): lỗi PG2209:")]
    [InlineData("PG2207-period-not-understood", "en", "report.yaml(13,9): error PG2207: '7 tháng đầu năm 2024' is not a reporting period.")]
    [InlineData("PG2207-period-not-understood", "vi", "report.yaml(13,9): lỗi PG2207: '7 tháng đầu năm 2024'")]
    [InlineData("PG2206-figure-not-a-count", "en", "report.yaml(18,18): error PG2206: '1.163' is not a count")]
    [InlineData("PG2206-figure-not-a-count", "vi", "report.yaml(18,18): lỗi PG2206: '1.163'")]
    public void A_bad_report_is_an_error_at_its_place_and_nothing_is_built(string name, string language, string error)
    {
        var report = Path.Combine(TestPaths.Cases("Reports"), name, "report.yaml");
        var output = Path.Combine(_folder.Path, "bc.docx");

        var built = CliRun.Of("build", report, "-o", output, "--lang", language);
        var validated = CliRun.Of("validate", report, "--lang", language);

        Assert.Equal(1, built.ExitCode);
        Assert.Equal(1, validated.ExitCode);
        Assert.Contains(error, built.Error, StringComparison.Ordinal);
        Assert.Contains(error, validated.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", built.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_folder.Path));
    }
}
