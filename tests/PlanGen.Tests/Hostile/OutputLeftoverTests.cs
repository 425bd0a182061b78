using PlanGen.Tests.Support;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Output;

namespace PlanGen.Tests.Hostile;

/// <summary>
/// Temporary files of atomic writes: those a killed run left beside an output are removed by the
/// next run that writes there, those of a running process are left alone, and none remain after a write.
/// </summary>
public sealed class OutputLeftoverTests : IDisposable
{
    private readonly HostileScratch _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public void Stale_temporary_files_of_a_dead_process_are_removed_by_the_next_run_writing_there()
    {
        // A folder this process has not written into yet, as for a new run.
        var folder = Directory.CreateDirectory(Path.Combine(_scratch.Folder, "đầu ra")).FullName;
        var output = Path.Combine(folder, "x.docx");
        var dead = DeadProcessId();
        var stale = Write(folder, $".x.docx.{dead}.1.tmp", "half");
        var staleOther = Write(folder, $".x.docx.{dead}.77.tmp", "half");
        var live = Write(folder, $".x.docx.{Environment.ProcessId}.999999.tmp", "in flight");
        var foreign = Write(folder, ".x.docx.notours.tmp", "someone else's");

        Assert.True(OutputFile.WriteAtomically(TestRun.New(), output, "new"u8, new DiagnosticBag()));

        Assert.False(File.Exists(stale));
        Assert.False(File.Exists(staleOther));
        Assert.True(File.Exists(live));
        Assert.True(File.Exists(foreign));
        Assert.Equal("new", File.ReadAllText(output));
    }

    [Fact]
    public void Stale_temporary_files_of_other_outputs_in_the_folder_are_removed_too()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_scratch.Folder, "kế hoạch 2024")).FullName;
        var dead = DeadProcessId();
        var stale = Write(folder, $".Kế hoạch số 1.v2.docx.{dead}.3.tmp", "half");
        var live = Write(folder, $".Kế hoạch số 2.docx.{Environment.ProcessId}.999998.tmp", "in flight");
        var foreign = Write(folder, ".notes.tmp", "someone else's");

        Assert.True(OutputFile.WriteAtomically(TestRun.New(), Path.Combine(folder, "other.docx"), "new"u8, new DiagnosticBag()));

        Assert.False(File.Exists(stale));
        Assert.True(File.Exists(live));
        Assert.True(File.Exists(foreign));
    }

    [Fact]
    public void In_flight_temporary_files_are_deleted_on_interrupt()
    {
        var path = TemporaryFiles.For(Path.Combine(_scratch.Folder, "y.docx"));
        File.WriteAllText(path, "partial");
        var run = TestRun.New();
        run.InFlight.Track(path);

        run.InFlight.DeleteAll();

        Assert.False(File.Exists(path));
    }

    [Fact]
    public void Interrupting_one_run_leaves_what_another_run_is_writing()
    {
        var other = TemporaryFiles.For(Path.Combine(_scratch.Folder, "other-run.docx"));
        File.WriteAllText(other, "being written");
        var writing = TestRun.New();
        writing.InFlight.Track(other);

        TestRun.New().InFlight.DeleteAll();

        Assert.True(File.Exists(other));
        writing.InFlight.Untrack(other);
    }

    [Fact]
    public void A_build_leaves_no_temporary_file()
    {
        var run = HostileScratch.Run("build", _scratch.Plan, "-o", Path.Combine(_scratch.Folder, "z.docx"));
        Assert.Equal(0, run.ExitCode);
        Assert.Empty(Directory.EnumerateFiles(_scratch.Folder, "*.tmp"));
    }

    private static string Write(string folder, string name, string content)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, content);
        return path;
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
