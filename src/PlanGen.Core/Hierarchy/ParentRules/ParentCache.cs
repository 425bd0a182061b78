using System.Collections.Concurrent;

namespace PlanGen.Core.Hierarchy.ParentRules;

/// <summary>
/// Each parent plan read and checked once per run: a batch of a thousand sub-plans of one parent
/// reads the parent, and the chain above it, once. Every file the result depends on is checked by
/// write time and length on each use, so an edited parent, grandparent or units.yaml is read again
/// (a long-running process such as a watch sees the change).
/// </summary>
internal sealed class ParentCache
{
    // The path as the child names it is part of the key, since the parent's diagnostics print it.
    private sealed record Key(string Path, string FullPath, PlanCheckOptions Options);

    private readonly ConcurrentDictionary<Key, Lazy<ParentSide>> _entries = new();

    private readonly ConcurrentDictionary<string, int> _readCounts = new(ParentResolver.PathComparer);

    /// <summary>How many times the parent at <paramref name="fullPath"/> was actually read in this run (for tests).</summary>
    internal int ReadsOf(string fullPath) => _readCounts.GetValueOrDefault(fullPath);

    /// <summary>The full paths of the parent plans this run has read.</summary>
    internal IEnumerable<string> Read => _readCounts.Keys;

    /// <summary>
    /// The parent at <paramref name="path"/> as <paramref name="read"/> gives it for an empty lineage,
    /// from the cache when nothing on its chain changed and the chain does not meet
    /// <paramref name="lineage"/>; else read for <paramref name="lineage"/> itself.
    /// </summary>
    /// <param name="path">The parent's path as the child names it.</param>
    /// <param name="fullPath">Its full path.</param>
    /// <param name="options">The options it is checked with.</param>
    /// <param name="lineage">Full paths of the child and the plans below it.</param>
    /// <param name="nested">True while another parent is being read on this thread (a grandparent and up).</param>
    /// <param name="read">Reads and checks the parent for a lineage.</param>
    public ParentSide Get(
        string path, string fullPath, PlanCheckOptions options, IReadOnlyList<string> lineage, bool nested,
        Func<IReadOnlyList<string>, ParentSide> read)
    {
        var key = new Key(path, fullPath, options);
        var ours = NewEntry(fullPath, read);
        var entry = _entries.GetOrAdd(key, ours);
        var side = ValueOf(key, entry, ours, nested);
        if (side is { IsCurrent: false })
        {
            ours = NewEntry(fullPath, read);
            entry = _entries.TryUpdate(key, ours, entry) ? ours : _entries.GetOrAdd(key, ours);
            side = ValueOf(key, entry, ours, nested);
        }
        // A chain that runs through the child's own lineage is a cycle seen from the child's place:
        // check it for that lineage, exactly as without a cache.
        return side is null || side.Meets(lineage) ? Counted(fullPath, () => read(lineage)) : side;
    }

    private Lazy<ParentSide> NewEntry(string fullPath, Func<IReadOnlyList<string>, ParentSide> read) =>
        new(() => Counted(fullPath, () => read([])), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The entry's value; null when this is a nested read and another read is filling the entry.</summary>
    private ParentSide? ValueOf(Key key, Lazy<ParentSide> entry, Lazy<ParentSide> ours, bool nested)
    {
        // Only a child's own request waits for another thread's read. A read up the chain never waits:
        // parents whose chains loop into each other, read at once, would wait on each other for ever.
        // (The same thread asking again for an entry it is filling is such a loop too.)
        if (nested && !entry.IsValueCreated && !ReferenceEquals(entry, ours))
        {
            return null;
        }
        try
        {
            return entry.Value;
        }
        catch
        {
            // A failed read is not kept: the next child reads again and reports the failure itself.
            _entries.TryRemove(new KeyValuePair<Key, Lazy<ParentSide>>(key, entry));
            throw;
        }
    }

    private ParentSide Counted(string fullPath, Func<ParentSide> read)
    {
        _readCounts.AddOrUpdate(fullPath, 1, (_, n) => n + 1);
        return read();
    }
}
