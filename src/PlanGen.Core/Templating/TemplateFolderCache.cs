using System.Collections.Concurrent;
using PlanGen.Core.Input;

namespace PlanGen.Core.Templating;

/// <summary>
/// The template folders (<c>--template DIR</c>) a run has read and parsed, each kept while the
/// times and lengths of its files, and of the shared <c>_common</c> folder beside it, are unchanged:
/// a batch parses a folder once, and a watch that sees a template saved builds with the new one.
/// A folder that could not be loaded is not kept, so its problems are reported each time.
/// </summary>
internal sealed class TemplateFolderCache
{
    private sealed record Entry(IReadOnlyList<FileStamp> Stamps, LoadedTemplate Template);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>The template of the folder at the full path <paramref name="folder"/>, loaded by <paramref name="load"/> on first use or after a change.</summary>
    public LoadedTemplate? Load(string folder, Func<LoadedTemplate?> load)
    {
        var stamps = Stamps(folder);
        if (_entries.TryGetValue(folder, out var kept) && kept.Stamps.SequenceEqual(stamps))
        {
            return kept.Template;
        }
        var template = load();
        if (template is not null)
        {
            _entries[folder] = new Entry(stamps, template);
        }
        return template;
    }

    // The files a folder template is read from: its own and the shared partials beside it.
    private static List<FileStamp> Stamps(string folder)
    {
        var common = Path.Combine(Path.GetDirectoryName(folder) ?? folder, CommonPartials.Folder);
        return [.. Files(folder).Concat(common == folder ? [] : Files(common)).Select(FileStamp.Of)];
    }

    private static IEnumerable<string> Files(string folder) =>
        Directory.Exists(folder) ? Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal) : [];
}
