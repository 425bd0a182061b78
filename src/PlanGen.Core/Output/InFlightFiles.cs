using System.Collections.Concurrent;

namespace PlanGen.Core.Output;

/// <summary>
/// The temporary files a run is writing, so that an interrupt (Ctrl-C, SIGTERM) deletes them
/// before the process ends and no half-written file is left beside a clerk's document. They are
/// the run's, not the process's: deleting them never touches what another run is writing.
/// </summary>
public sealed class InFlightFiles
{
    private readonly ConcurrentDictionary<string, byte> _paths = new(StringComparer.Ordinal);

    /// <summary>Marks a temporary file as being written.</summary>
    public void Track(string path) => _paths.TryAdd(path, 0);

    /// <summary>Marks a temporary file as moved or deleted.</summary>
    public void Untrack(string path) => _paths.TryRemove(path, out _);

    /// <summary>Deletes a temporary file that will not be moved into place, as far as the system lets it.</summary>
    public void Delete(string path)
    {
        Untrack(path);
        TemporaryFiles.TryDelete(path);
    }

    /// <summary>Deletes every temporary file still being written; called when the process is interrupted.</summary>
    public void DeleteAll()
    {
        foreach (var path in _paths.Keys) Delete(path);
    }
}
