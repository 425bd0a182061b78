using PlanGen.Cli.Watching;

namespace PlanGen.Tests.Cli;

/// <summary>
/// build --watch: the loop is driven by a scripted list of changes and a clock the test moves, so
/// debouncing is checked without waiting on timers.
/// </summary>
public sealed class RebuildLoopTests
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(300);

    private sealed class ManualClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2024, 1, 31, 8, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }

    /// <summary>Each step: the time that passes while waiting, and the path that changed (null: the wait timed out).</summary>
    private static (int Builds, int Rebuilds) Run(params (int Milliseconds, string? Path)[] steps)
    {
        var clock = new ManualClock();
        var builds = 0;
        var index = 0;
        using var stop = new CancellationTokenSource();
        var loop = new RebuildLoop(() => builds++, (timeout, _) =>
        {
            if (index == steps.Length)
            {
                // The script is over: what is pending becomes due, then Ctrl-C.
                if (timeout is { } wait)
                {
                    clock.Now += wait;
                    return null;
                }
                stop.Cancel();
                return null;
            }
            var (milliseconds, path) = steps[index++];
            clock.Now += TimeSpan.FromMilliseconds(milliseconds);
            return path;
        }, clock, Quiet);
        var rebuilds = loop.Run(stop.Token);
        return (builds, rebuilds);
    }

    [Fact]
    public void Builds_once_then_stops_on_ctrl_c_without_changes() =>
        Assert.Equal((1, 0), Run());

    [Fact]
    public void A_burst_of_saves_rebuilds_once() =>
        Assert.Equal((2, 1), Run((1000, "/p/ke-hoach.yaml"), (50, "/p/ke-hoach.yaml"), (100, "/p/units.yaml")));

    [Fact]
    public void Saves_apart_rebuild_each_time() =>
        Assert.Equal((3, 2), Run((1000, "/p/ke-hoach.yaml"), (400, null), (2000, "/p/ke-hoach.yaml")));

    [Fact]
    public void The_docx_written_and_temporary_files_do_not_start_a_rebuild() =>
        Assert.Equal((1, 0), Run((10, "/p/ke-hoach.docx"), (10, "/p/.ke-hoach.docx.42.1.tmp"), (10, "/p/~$ke-hoach.docx")));

    [Theory]
    [InlineData("/p/ke-hoach.yaml", true)]
    [InlineData("/p/units.yml", true)]
    [InlineData("/t/_section.sbn", true)]
    [InlineData("/p/ke-hoach.docx", false)]
    [InlineData("/p/.ke-hoach.yaml.1.1.tmp", false)]
    public void Watched_files_are_those_a_build_reads(string path, bool watched) =>
        Assert.Equal(watched, RebuildLoop.IsWatched(path));

    [Fact]
    public void The_debouncer_waits_for_quiet()
    {
        var start = new DateTimeOffset(2024, 1, 31, 8, 0, 0, TimeSpan.Zero);
        var debouncer = new RebuildDebouncer(Quiet);

        Assert.Null(debouncer.Remaining(start));
        debouncer.Changed(start);
        Assert.False(debouncer.IsDue(start.AddMilliseconds(299)));
        Assert.Equal(TimeSpan.FromMilliseconds(100), debouncer.Remaining(start.AddMilliseconds(200)));
        Assert.True(debouncer.IsDue(start.AddMilliseconds(300)));
        debouncer.Done();
        Assert.False(debouncer.IsDue(start.AddSeconds(10)));
    }
}
