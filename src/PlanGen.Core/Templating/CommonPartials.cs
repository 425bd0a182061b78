using System.Text.RegularExpressions;

namespace PlanGen.Core.Templating;

/// <summary>
/// The shared partials (<c>templates/_common</c>) a template includes, directly or through
/// another shared partial: what <c>templates export</c> copies so the folder stands on its own.
/// Includes are found by their literal file name, the only form the include sandbox resolves.
/// </summary>
internal static partial class CommonPartials
{
    /// <summary>The folder of the shared partials, beside the templates.</summary>
    public const string Folder = "_common";

    [GeneratedRegex("""\binclude\s*\(?\s*['"]([^'"]+)['"]""", RegexOptions.CultureInvariant)]
    private static partial Regex Include();

    /// <summary>File names of the shared partials the template uses and does not have itself, in order.</summary>
    public static IReadOnlyList<string> UsedBy(IReadOnlyDictionary<string, string> own, IReadOnlyDictionary<string, string> common)
    {
        var used = new SortedSet<string>(StringComparer.Ordinal);
        var pending = new Queue<string>(own.Where(f => f.Key.EndsWith(".sbn", StringComparison.Ordinal)).Select(f => f.Value));
        while (pending.TryDequeue(out var text))
        {
            foreach (Match match in Include().Matches(text))
            {
                var name = match.Groups[1].Value;
                if (!own.ContainsKey(name) && common.TryGetValue(name, out var partial) && used.Add(name))
                {
                    pending.Enqueue(partial);
                }
            }
        }
        return [.. used];
    }
}
