using System.Collections.Concurrent;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Input;
using PlanGen.Core.Yaml;

namespace PlanGen.Core.Units;

/// <summary>
/// Each units.yaml read once per run: a batch of a thousand plans beside one units.yaml reads
/// and indexes it once, not a thousand times. The file's time and length are checked on every use,
/// so an edited file is read again (a long-running process such as a watch sees the change). What
/// reading it reported is replayed to each plan that uses it, so every plan still names the
/// problems of its registry.
/// </summary>
internal sealed class UnitRegistryCache
{
    private sealed record Entry(FileStamp Stamp, Lazy<(UnitMatcher? Matcher, IReadOnlyList<Diagnostic> Diagnostics)> Read);

    // Keyed by the path as the plan names it, since the replayed diagnostics print that path.
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    private readonly ConcurrentDictionary<string, int> _readCounts = new(StringComparer.Ordinal);

    /// <summary>How many times the file at <paramref name="path"/> was actually read in this run (for tests).</summary>
    internal int ReadsOf(string path) => _readCounts.GetValueOrDefault(path);

    /// <summary>The registries this run has read, as the plans named them.</summary>
    internal IEnumerable<string> Read => _readCounts.Keys;

    /// <summary>The matcher over the registry at <paramref name="path"/>, read on first use or after a change.</summary>
    public UnitMatcher? Load(string path, DiagnosticBag diagnostics)
    {
        var stamp = FileStamp.Of(path);
        var entry = _entries.AddOrUpdate(
            path,
            _ => NewEntry(path, stamp),
            (_, old) => old.Stamp == stamp ? old : NewEntry(path, stamp));
        var (matcher, reported) = entry.Read.Value;
        diagnostics.AddRange(reported);
        return matcher;
    }

    private Entry NewEntry(string path, FileStamp stamp) =>
        new(stamp, new Lazy<(UnitMatcher?, IReadOnlyList<Diagnostic>)>(() =>
        {
            _readCounts.AddOrUpdate(path, 1, (_, n) => n + 1);
            var bag = new DiagnosticBag();
            var registry = UnitRegistryLoader.Read(path, bag);
            return (registry is null ? null : new UnitMatcher(registry), bag.Items);
        }, LazyThreadSafetyMode.ExecutionAndPublication));
}
