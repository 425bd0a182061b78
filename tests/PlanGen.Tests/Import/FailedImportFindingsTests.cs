using System.Text.RegularExpressions;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Import;

/// <summary>
/// An import that ends in an error writes nothing: its warnings on how the document was read ("kept
/// as text in 'situation'", "'TODO' was written") would point into a YAML that is not there, so the
/// clerk sees the error and how many such warnings there were (PG6064), and the warnings with --verbose.
/// </summary>
public sealed partial class FailedImportFindingsTests
{
    // A unit's report that cites no plan and names no period, with a heading the report's parts do not place.
    private static string Report => Path.Combine(TestPaths.Repository, "tests", "PlanGen.Tests", "Corpus", "bao-cao", "2020-nga-son-bcd-pcgd-255-bc.txt");

    [GeneratedRegex(@"(?:warning|cảnh báo) PG600[346]\b")]
    private static partial Regex AboutTheYaml();

    [Theory]
    [InlineData("vi", "lỗi PG6008", "thông tin PG6064: Không có tệp nào được ghi, nên {0} cảnh báo khác về cách đọc văn bản")]
    [InlineData("en", "error PG6008", "info PG6064: Nothing was written, so {0} more warnings on how the document was read")]
    public void A_failed_import_shows_its_error_and_counts_the_warnings_about_the_yaml_it_did_not_write(string language, string error, string withheld)
    {
        using var folder = new TempFolder();
        var yaml = folder.File("bc.yaml");

        var run = CliRun.Of("import", Report, "-o", yaml, "--lang", language);
        var verbose = CliRun.Of("import", Report, "-o", yaml, "--lang", language, "--verbose");

        Assert.Equal(1, run.ExitCode);
        Assert.False(File.Exists(yaml));
        Assert.Contains(error, run.Error, StringComparison.Ordinal);
        Assert.DoesNotMatch(AboutTheYaml(), run.Error);
        var count = AboutTheYaml().Count(verbose.Error);
        Assert.True(count > 0, verbose.Error);
        Assert.Contains(string.Format(System.Globalization.CultureInfo.InvariantCulture, withheld, count), run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("PG6064", verbose.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_import_that_writes_its_yaml_shows_its_warnings_about_it()
    {
        using var folder = new TempFolder();
        var yaml = folder.File("bc.yaml");

        var run = CliRun.Of("import", Report, "-o", yaml, "--reports-on", "Kế hoạch số 12/KH-BCĐ ngày 05/3/2020 của Ban Chỉ đạo", "--period", "2020", "--lang", "en");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(AboutTheYaml(), run.Error);
        Assert.DoesNotContain("PG6064", run.Error, StringComparison.Ordinal);
    }
}
