using PlanGen.Core.Diagnostics;
using PlanGen.Core.Output;

namespace PlanGen.Tests.Hostile;

/// <summary>
/// Temporary files of atomic writes: those a killed run left beside an output are removed by the
/// next write there, those of a running process are left alone, and none remain after a write.
/// </summary>
public sealed class OutputLeftoverTests : IDisposable
{
    private readonly HostileScratch _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public void Stale_temporary_files_of_a_dead_process_are_removed_by_the_next_write()
    {
        var output = Path.Combine(_scratch.Folder, "x.docx");
        var dead = DeadProcessId();
        var stale = _scratch.File($".x.docx.{dead}.1.tmp", "half");
        var staleOther = _scratch.File($".x.docx.{dead}.77.tmp", "half");
        var live = _scratch.File($".x.docx.{Environment.ProcessId}.999999.tmp", "in flight");
        var foreign = _scratch.File(".x.docx.notours.tmp", "someone else's");

        Assert.True(OutputFile.WriteAtomically(output, "new"u8, new DiagnosticBag()));

        Assert.False(File.Exists(stale));
        Assert.False(File.Exists(staleOther));
        Assert.True(File.Exists(live));
        Assert.True(File.Exists(foreign));
        Assert.Equal("new", File.ReadAllText(output));
    }

    [Fact]
    public void In_flight_temporary_files_are_deleted_on_interrupt()
    {
        var path = TemporaryFiles.For(Path.Combine(_scratch.Folder, "y.docx"));
        File.WriteAllText(path, "partial");
        TemporaryFiles.Track(path);

        TemporaryFiles.DeleteInFlight();

        Assert.False(File.Exists(path));
    }

    [Fact]
    public void A_build_leaves_no_temporary_file()
    {
        var run = HostileScratch.Run("build", _scratch.Plan, "-o", Path.Combine(_scratch.Folder, "z.docx"));
        Assert.Equal(0, run.ExitCode);
        Assert.Empty(Directory.EnumerateFiles(_scratch.Folder, "*.tmp"));
    }

    // A process id no process has now: the highest ids are free on any ordinary machine.
    private static int DeadProcessId()
    {
        for (var id = 4_000_000; id > 3_000_000; id -= 7919)
        {
            try
            {
                using var process = System.Diagnostics.Process.GetProcessById(id);
            }
            catch (ArgumentException)
            {
                return id;
            }
        }
        throw new InvalidOperationException("no free process id found");
    }
}
