using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace PlanGen.Tests.Support;

/// <summary>
/// Which top-level folders of one project use which, read from the source: a file belongs to the
/// folder its namespace names (<c>PlanGen.Core.Import.…</c> → <c>Import</c>), and uses a folder it
/// names in a <c>using</c> directive or in a qualified name (<c>PlanGen.Core.Hierarchy.X</c>,
/// <c>Core.Hierarchy.X</c>, or <c>Hierarchy.X</c> where X is a type or namespace of that folder).
/// The project's root namespace (the run, the pipelines' entry points) stands above the folders and
/// is no node of the graph.
/// </summary>
internal static partial class FolderGraph
{
    /// <summary>The folder graph of the project in <paramref name="projectFolder"/> (its *.cs files, without bin and obj).</summary>
    public static FolderEdges Of(string projectFolder)
    {
        var project = Directory.GetFiles(projectFolder, "*.csproj").Single();
        var root = XDocument.Load(project).Descendants("RootNamespace").Select(e => e.Value).SingleOrDefault()
            ?? Path.GetFileNameWithoutExtension(project);
        var files = Directory.EnumerateFiles(projectFolder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(projectFolder, f).Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Order(StringComparer.Ordinal)
            .Select(f => new SourceFile(Path.GetRelativePath(projectFolder, f), File.ReadAllText(f)));
        return Of(root, files);
    }

    /// <summary>The folder graph of source files whose root namespace is <paramref name="root"/>.</summary>
    public static FolderEdges Of(string root, IEnumerable<SourceFile> files)
    {
        var sources = files.Select(f => (File: f, Namespace: NamespaceOf(f.Text))).ToList();
        // Each folder with the names it declares at its top: its types and its sub-namespaces.
        var names = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (file, ns) in sources)
        {
            if (FolderOf(root, ns) is not { } folder) continue;
            var declared = names.TryGetValue(folder, out var set) ? set : (names[folder] = new HashSet<string>(StringComparer.Ordinal));
            var below = ns![(root.Length + 1 + folder.Length)..];
            if (below.Length > 0) declared.Add(below.TrimStart('.').Split('.')[0]);
            foreach (Match type in TypeDeclaration().Matches(file.Text)) declared.Add(type.Groups[1].Value);
        }

        var edges = new Dictionary<(string From, string To), string>();
        var lastSegment = root.Split('.')[^1];
        foreach (var (file, ns) in sources)
        {
            if (FolderOf(root, ns) is not { } from) continue;
            // A comment names folders in prose; only what its cref attributes name is a use.
            var text = Comment().Replace(file.Text, c => string.Join(' ', Cref().Matches(c.Value).Select(m => m.Groups[1].Value)));
            foreach (Match chain in QualifiedName().Matches(text))
            {
                var parts = chain.Value.Replace("global::", "", StringComparison.Ordinal).Split('.');
                var to = UsedFolder(root, lastSegment, parts, names);
                if (to is not null && to != from) edges.TryAdd((from, to), file.Path);
            }
        }
        return new FolderEdges(names.Keys.Order(StringComparer.Ordinal).ToList(), edges);
    }

    /// <summary>
    /// A cycle among the folders, as the folders along it with the first again at the end, or null
    /// when the folders depend on each other one way only. The search goes in name order, so the
    /// same graph always names the same cycle.
    /// </summary>
    public static IReadOnlyList<string>? Cycle(FolderEdges graph)
    {
        var next = graph.Edges.Keys.GroupBy(e => e.From, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.To).Order(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        var done = new HashSet<string>(StringComparer.Ordinal);
        var path = new List<string>();
        foreach (var start in graph.Folders)
        {
            if (Visit(start) is { } cycle) return cycle;
        }
        return null;

        List<string>? Visit(string folder)
        {
            var at = path.IndexOf(folder);
            if (at >= 0) return [.. path.Skip(at), folder];
            if (!done.Add(folder)) return null;
            path.Add(folder);
            foreach (var to in next.GetValueOrDefault(folder) ?? [])
            {
                if (Visit(to) is { } cycle) return cycle;
            }
            path.RemoveAt(path.Count - 1);
            return null;
        }
    }

    /// <summary>The cycle in words, each step with a file that makes it: <c>Import → Hierarchy (Import/A.cs) → Import (Hierarchy/B.cs)</c>.</summary>
    public static string Describe(FolderEdges graph, IReadOnlyList<string> cycle) =>
        cycle[0] + string.Concat(cycle.Zip(cycle.Skip(1), (from, to) => " → " + to + " (" + graph.Edges[(from, to)] + ")"));

    private static string? UsedFolder(string root, string lastSegment, string[] parts, Dictionary<string, HashSet<string>> names)
    {
        var rootParts = root.Split('.');
        // PlanGen.Core.Hierarchy…, then Core.Hierarchy… (from inside PlanGen), then Hierarchy.X (from inside PlanGen.Core).
        if (parts.Length > rootParts.Length && parts.Take(rootParts.Length).SequenceEqual(rootParts))
            return names.ContainsKey(parts[rootParts.Length]) ? parts[rootParts.Length] : null;
        if (parts.Length > 2 && parts[0] == lastSegment && names.ContainsKey(parts[1]))
            return parts[1];
        return parts.Length > 1 && names.TryGetValue(parts[0], out var declared) && declared.Contains(parts[1]) ? parts[0] : null;
    }

    private static string? FolderOf(string root, string? ns) =>
        ns is not null && ns.StartsWith(root + ".", StringComparison.Ordinal) ? ns[(root.Length + 1)..].Split('.')[0] : null;

    private static string? NamespaceOf(string text) => NamespaceDeclaration().Match(text) is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex(@"^\s*namespace\s+([\w.]+)", RegexOptions.Multiline)]
    private static partial Regex NamespaceDeclaration();

    [GeneratedRegex(@"\b(?:class|struct|interface|enum|record)\s+([A-Z]\w*)")]
    private static partial Regex TypeDeclaration();

    // A dotted name not itself a member of something else: "PlanGen.Core.Import.X", "Import.X".
    [GeneratedRegex(@"(?<![\w.])(?:global::)?[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+")]
    private static partial Regex QualifiedName();

    [GeneratedRegex(@"//.*$", RegexOptions.Multiline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"cref=""([^""]*)""")]
    private static partial Regex Cref();
}

/// <summary>One source file: its path inside the project and its text.</summary>
internal sealed record SourceFile(string Path, string Text);

/// <summary>A project's folders and which uses which, each use with the first file that makes it.</summary>
internal sealed record FolderEdges(IReadOnlyList<string> Folders, IReadOnlyDictionary<(string From, string To), string> Edges);
