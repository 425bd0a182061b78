using System.Collections.Concurrent;

namespace PlanGen.Cli.Watching;

/// <summary>The changes under a set of folders, as a queue <see cref="RebuildLoop"/> waits on.</summary>
internal sealed class FileChanges : IDisposable
{
    private readonly BlockingCollection<string> _changes = [];
    private readonly List<FileSystemWatcher> _watchers = [];

    public FileChanges(IEnumerable<string> folders)
    {
        foreach (var folder in folders.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += (_, e) => _changes.Add(e.FullPath);
            watcher.Created += (_, e) => _changes.Add(e.FullPath);
            watcher.Renamed += (_, e) => _changes.Add(e.FullPath);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    /// <summary>The next changed path, or null when <paramref name="timeout"/> passed (null: wait until stopped) or the wait was stopped.</summary>
    public string? Next(TimeSpan? timeout, CancellationToken stop)
    {
        try
        {
            var milliseconds = timeout is { } t ? (int)Math.Ceiling(t.TotalMilliseconds) : Timeout.Infinite;
            return _changes.TryTake(out var path, milliseconds, stop) ? path : null;
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }
        _changes.Dispose();
    }
}
