namespace PlanGen.Cli.Watching;

/// <summary>
/// Decides when to rebuild after files change: an editor saves in bursts (a temporary file, a
/// rename, a second write), so a rebuild waits until no change has come for <paramref name="quiet"/>.
/// Pure: the caller passes the time, so the logic is tested without waiting on timers.
/// </summary>
internal sealed class RebuildDebouncer(TimeSpan quiet)
{
    private DateTimeOffset? _lastChange;

    /// <summary>A change was seen at <paramref name="now"/>.</summary>
    public void Changed(DateTimeOffset now) => _lastChange = now;

    /// <summary>True when a change is pending and the quiet time has passed since the last one.</summary>
    public bool IsDue(DateTimeOffset now) => _lastChange is { } last && now - last >= quiet;

    /// <summary>How long to wait for the next change before a pending rebuild is due; null when none is pending.</summary>
    public TimeSpan? Remaining(DateTimeOffset now) =>
        _lastChange is { } last ? TimeSpan.FromTicks(Math.Max(0, (quiet - (now - last)).Ticks)) : null;

    /// <summary>The pending rebuild has been done.</summary>
    public void Done() => _lastChange = null;
}
