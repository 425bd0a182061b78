using PlanGen.Core.Diagnostics;
using PlanGen.Core.Input;

namespace PlanGen.Tests.Hostile;

/// <summary>
/// Devices and FIFOs wherever a file is read: as plan, parent, units, profile and template file.
/// Each is refused (PG1015) before it is opened — never read to exhaustion, never waited on.
/// </summary>
public sealed class SpecialFileTests : IDisposable
{
    private readonly HostileScratch _scratch = new();

    public void Dispose() => _scratch.Dispose();

    private List<string> SpecialFiles()
    {
        var files = new List<string>();
        if (OperatingSystem.IsLinux())
        {
            files.Add("/dev/zero");
            files.Add("/dev/urandom");
        }
        if (_scratch.Fifo("pipe-" + Guid.NewGuid().ToString("N")[..6] + ".yaml") is { } fifo)
        {
            files.Add(fifo);
        }
        return files;
    }

    [Fact]
    public void The_reader_refuses_devices_and_pipes_and_reads_regular_files()
    {
        foreach (var path in SpecialFiles())
        {
            var diagnostics = new DiagnosticBag();
            Assert.Null(BoundedFile.Read(path, 1024, diagnostics));
            Assert.Equal(DiagnosticCode.NotRegularFile, Assert.Single(diagnostics.Items).Code);
        }
        var ok = new DiagnosticBag();
        Assert.Equal(_scratch.Text.Length > 0, BoundedFile.Read(_scratch.Plan, 1024 * 1024, ok)?.Length > 0);
        Assert.Empty(ok.Items);
    }

    [Fact]
    public void The_reader_never_reads_past_its_cap()
    {
        var big = _scratch.File("big.yaml", new string('a', 5000));
        var diagnostics = new DiagnosticBag();
        Assert.Null(BoundedFile.Read(big, 4096, diagnostics));
        Assert.Equal(DiagnosticCode.FileTooLarge, Assert.Single(diagnostics.Items).Code);
        Assert.NotNull(BoundedFile.Read(big, 5000, new DiagnosticBag()));
    }

    [Fact]
    public void A_special_file_as_plan_is_PG1015()
    {
        foreach (var path in SpecialFiles())
        {
            var run = HostileScratch.Run("validate", path, "--lang", "en");
            Assert.Equal(1, run.ExitCode);
            Assert.Contains("PG1015", run.Error, StringComparison.Ordinal);
            HostileScratch.AssertNoCrash(run);
        }
    }

    [Fact]
    public void A_special_file_as_parent_or_units_is_refused()
    {
        foreach (var path in SpecialFiles())
        {
            foreach (var key in new[] { "parent", "units" })
            {
                var plan = _scratch.WithLine(key + ".yaml", key, key + ": " + path);
                var run = HostileScratch.Run("validate", plan, "--lang", "en");
                Assert.Equal(1, run.ExitCode);
                Assert.Contains("PG1015", run.Error, StringComparison.Ordinal);
                HostileScratch.AssertNoCrash(run);
            }
        }
    }

    [Fact]
    public void A_special_file_as_profile_is_PG1015()
    {
        foreach (var path in SpecialFiles())
        {
            var run = HostileScratch.Run("build", _scratch.Plan, "--profile", path, "-o", Path.Combine(_scratch.Folder, "x.docx"), "--lang", "en");
            Assert.Equal(1, run.ExitCode);
            Assert.Contains("PG1015", run.Error, StringComparison.Ordinal);
            Assert.False(File.Exists(Path.Combine(_scratch.Folder, "x.docx")));
        }
    }
}
