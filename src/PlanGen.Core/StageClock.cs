using System.Diagnostics;
using System.Globalization;

namespace PlanGen.Core;

/// <summary>
/// Where a run's time goes, for finding start-up cost: with <c>PLANGEN_STAGES=1</c> in the
/// environment, each marked stage is timed from process start and the table is written to stderr
/// when the run ends. Off, a mark costs one bool test, so the marks stay in the code. Each run has
/// its own (<see cref="PlanGenRun.Clock"/>).
/// </summary>
public sealed class StageClock
{
    /// <summary>True when <c>PLANGEN_STAGES=1</c>.</summary>
    public static bool Enabled { get; } = Environment.GetEnvironmentVariable("PLANGEN_STAGES") == "1";

    private readonly Lock _gate = new();
    // Made at the first mark: the list of tuples is generic code the runtime compiles on use, which
    // a run without the clock should not pay for.
    private List<(string Stage, TimeSpan At, int Thread, long Allocated, long Compiled, TimeSpan Compiling)>? _marks;

    // The process start is read once; later marks add a monotonic clock to it, so a mark costs
    // neither a look at /proc nor the time zone tables the local clock would load.
    private static readonly TimeSpan StartedBefore = Enabled ? DateTime.UtcNow - Process.GetCurrentProcess().StartTime.ToUniversalTime() : TimeSpan.Zero;
    private static readonly long Ticks = Stopwatch.GetTimestamp();

    /// <summary>Records that <paramref name="stage"/> has just finished.</summary>
    public void Mark(string stage)
    {
        if (!Enabled)
        {
            return;
        }
        var at = StartedBefore + Stopwatch.GetElapsedTime(Ticks);
        lock (_gate)
        {
            (_marks ??= []).Add((stage, at, Environment.CurrentManagedThreadId, GC.GetAllocatedBytesForCurrentThread(),
                System.Runtime.JitInfo.GetCompiledMethodCount(), System.Runtime.JitInfo.GetCompilationTime()));
        }
    }

    /// <summary>Writes the stages, in the order they finished, with the time each took on its thread.</summary>
    public void WriteTo(TextWriter error)
    {
        if (!Enabled)
        {
            return;
        }
        lock (_gate)
        {
            var marks = _marks ?? [];
            var last = new Dictionary<int, (TimeSpan At, long Allocated)>();
            var start = marks.Count > 0 ? marks[0].At : TimeSpan.Zero;
            // Methods compiled at run time are counted for the whole process, between consecutive marks.
            var (compiledBefore, compilingBefore) = (0L, TimeSpan.Zero);
            error.WriteLine("stage                          since start   took (ms)   allocated (KB)   compiled (methods, ms)");
            foreach (var (stage, at, thread, allocated, compiled, compiling) in marks)
            {
                var previous = last.TryGetValue(thread, out var mark) ? mark : (At: start, Allocated: 0L);
                last[thread] = (at, allocated);
                error.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-30} {1,11:0.0} {2,11:0.0} {3,16:0} {4,12} {5,8:0.0}",
                    stage, at.TotalMilliseconds, (at - previous.At).TotalMilliseconds, (allocated - previous.Allocated) / 1024.0,
                    compiled - compiledBefore, (compiling - compilingBefore).TotalMilliseconds));
                (compiledBefore, compilingBefore) = (compiled, compiling);
            }
            error.WriteLine(string.Format(CultureInfo.InvariantCulture, "allocated {0:0.0} MB, {1} garbage collections ({4} of them full); {2} methods compiled at run time in {3:0.0} ms",
                GC.GetTotalAllocatedBytes() / 1048576.0, GC.CollectionCount(0),
                System.Runtime.JitInfo.GetCompiledMethodCount(), System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds, GC.CollectionCount(2)));
        }
    }
}
