using System.Collections.Concurrent;

namespace PlanGen.Core.Output;

/// <summary>
/// The folders a run has swept of the temporary files that killed runs left (<see cref="TemporaryFiles"/>).
/// Each folder is swept once per run, at its first write: a batch of a thousand plans into one
/// folder would otherwise list that folder a thousand times.
/// </summary>
internal sealed class StaleTemporaryFiles
{
    private readonly ConcurrentDictionary<string, Lazy<bool>> _sweptFolders = new(StringComparer.Ordinal);

    /// <summary>Deletes the temporary files in the folder of <paramref name="fullPath"/> left by processes that no longer run.</summary>
    public void DeleteStale(string fullPath)
    {
        var folder = Path.GetDirectoryName(fullPath)!;
        if (Directory.Exists(folder))
        {
            _ = _sweptFolders.GetOrAdd(folder, static f => new Lazy<bool>(() => TemporaryFiles.Sweep(f))).Value;
        }
    }
}
