using System.Text;
using PlanGen.Core.Diagnostics;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Hierarchy;

/// <summary>
/// A province sends every lead unit its skeleton in one run (<c>derive --all-units</c>), and the
/// coverage CSV opens in Excel with its accents (UTF-8 with a byte-order mark).
/// </summary>
public sealed class DeskHierarchyTests : IDisposable
{
    private readonly CoverageScratch _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void All_units_writes_one_validating_skeleton_per_lead_unit_with_a_summary()
    {
        var folder = Path.Combine(_temp.Path, "đơn vị cấp dưới");

        var run = CliRun.Of("derive", _temp.Parent, "--all-units", "-o", folder, "--lang", "en");

        Assert.Equal(0, run.ExitCode);
        var files = Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            Assert.Contains(file + ": ", run.Out, StringComparison.Ordinal);
            Assert.StartsWith("# yaml-language-server: $schema=", File.ReadAllText(file), StringComparison.Ordinal);
            Assert.False(Diagnose.Plan(file).HasErrors, Diagnose.Text(file));
        }
        Assert.Contains($"Wrote sub-plan skeletons for {files.Count} of {files.Count} lead units.", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void All_units_counts_one_task_in_the_singular_in_english()
    {
        // Lào Cai's plan gives the province's own committee one task to lead and none to support.
        var folder = Path.Combine(_temp.Path, "lao-cai");

        var run = CliRun.Of("derive", Path.Combine(TestPaths.Examples, "lao-cai-2024", "ubnd-tinh-atgt-2024.yaml"), "--all-units", "-o", folder, "--lang", "en");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(Path.Combine(folder, "ubnd-tinh.yaml") + ": 1 led task, 0 supported tasks.", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void All_units_matches_deriving_each_unit_alone()
    {
        var folder = Path.Combine(_temp.Path, "all");
        Assert.Equal(0, CliRun.Of("derive", _temp.Parent, "--all-units", "-o", folder).ExitCode);

        foreach (var file in Directory.GetFiles(folder, "*.yaml"))
        {
            var single = Path.Combine(_temp.Path, "one-" + Path.GetFileName(file));
            Assert.Equal(0, CliRun.Of("derive", _temp.Parent, "--unit", Path.GetFileNameWithoutExtension(file), "-o", single).ExitCode);
            Assert.Equal(File.ReadAllText(single).Replace("../", "", StringComparison.Ordinal), File.ReadAllText(file).Replace("../", "", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void All_units_never_overwrites_without_force()
    {
        var folder = Path.Combine(_temp.Path, "again");
        Assert.Equal(0, CliRun.Of("derive", _temp.Parent, "--all-units", "-o", folder).ExitCode);
        var first = Directory.GetFiles(folder, "*.yaml")[0];
        File.WriteAllText(first, "# sửa tay\n");

        var run = CliRun.Of("derive", _temp.Parent, "--all-units", "-o", folder, "--lang", "en");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error PG4001", run.Error, StringComparison.Ordinal);
        Assert.Equal("# sửa tay\n", File.ReadAllText(first));
    }

    [Theory]
    [InlineData("")]
    [InlineData("--unit|Sở GD&ĐT|--all-units")]
    public void Derive_needs_exactly_one_of_unit_and_all_units(string options)
    {
        var run = CliRun.Of(["derive", _temp.Parent, .. options.Split('|', StringSplitOptions.RemoveEmptyEntries)]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--all-units", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Coverage_csv_file_starts_with_a_byte_order_mark()
    {
        var child = _temp.Derive("Sở GD&ĐT", "gddt.yaml");
        var csv = Path.Combine(_temp.Path, "độ phủ.csv");

        var run = CliRun.Of("coverage", _temp.Parent, child, "--format", "csv", "-o", csv, "--lang", "vi");

        Assert.Equal(0, run.ExitCode);
        var bytes = File.ReadAllBytes(csv);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        Assert.Contains("Cổng trường an toàn giao thông", Encoding.UTF8.GetString(bytes[3..]), StringComparison.Ordinal);
    }
}
