namespace PlanGen.Cli.Watching;

/// <summary>
/// The loop of <c>build --watch</c>: build once, then rebuild after each burst of changes to the
/// plans, their units.yaml or a template, until stopped. Changes come from
/// <paramref name="nextChange"/>, which waits at most the given time (null: until the stop) and
/// returns the changed path, or null when the wait ended without one; the time comes from
/// <paramref name="time"/>. Both are injected so tests drive the loop without a file system or timers.
/// </summary>
internal sealed class RebuildLoop(Action build, Func<TimeSpan?, CancellationToken, string?> nextChange, TimeProvider time, TimeSpan quiet)
{
    private static readonly string[] WatchedExtensions = [".yaml", ".yml", ".sbn", ".json"];

    /// <summary>Runs until <paramref name="stop"/> is cancelled; returns the number of rebuilds after the first build.</summary>
    public int Run(CancellationToken stop)
    {
        var debouncer = new RebuildDebouncer(quiet);
        var rebuilds = 0;
        build();
        while (!stop.IsCancellationRequested)
        {
            var changed = nextChange(debouncer.Remaining(time.GetUtcNow()), stop);
            if (changed is not null && IsWatched(changed))
            {
                debouncer.Changed(time.GetUtcNow());
            }
            if (!stop.IsCancellationRequested && debouncer.IsDue(time.GetUtcNow()))
            {
                debouncer.Done();
                build();
                rebuilds++;
            }
        }
        return rebuilds;
    }

    /// <summary>
    /// True for the files a build reads. The DOCX written and the writer's temporary files
    /// (".name.docx.123.1.tmp") are not, or each build would start the next.
    /// </summary>
    public static bool IsWatched(string path)
    {
        var name = Path.GetFileName(path);
        return !name.StartsWith('.') && !name.StartsWith('~')
            && Array.Exists(WatchedExtensions, e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase));
    }
}
