namespace PlanGen.Core.Templating;

/// <summary>
/// A template ready to render: its manifest and the text of its files, read once. The files are
/// parsed the first time the template renders and the parse is kept, so a batch of plans (or a
/// clerk's repeated builds in one process) parses each template once.
/// </summary>
public sealed class LoadedTemplate
{
    private readonly Lazy<ParsedTemplateSet> _parsed;

    /// <summary>A template from its manifest and files.</summary>
    /// <param name="manifest">The parsed <c>template.yaml</c>.</param>
    /// <param name="location">
    /// Where it lives, used to name its files in diagnostics: <c>templates/ke-hoach-atgt</c> for a
    /// built-in template, the folder's full path for one given with <c>--template</c>.
    /// </param>
    /// <param name="files">File name (no folder) → text; partials are the <c>_*.sbn</c> files.</param>
    /// <param name="isBuiltIn">True for the templates embedded in plangen.</param>
    /// <param name="commonLocation">Where the partials shared by several templates live (named like <paramref name="location"/>), or null.</param>
    /// <param name="commonFiles">Those shared partials by file name; a file of the template's own shadows one of them.</param>
    public LoadedTemplate(TemplateManifest manifest, string location, IReadOnlyDictionary<string, string> files, bool isBuiltIn = false,
        string? commonLocation = null, IReadOnlyDictionary<string, string>? commonFiles = null)
    {
        Manifest = manifest;
        Location = location;
        Files = files;
        IsBuiltIn = isBuiltIn;
        CommonLocation = commonLocation;
        CommonFiles = commonLocation is null ? new Dictionary<string, string>() : commonFiles ?? new Dictionary<string, string>();
        _parsed = new Lazy<ParsedTemplateSet>(() => ParsedTemplateSet.Parse(this), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The template's name.</summary>
    public string Name => Manifest.Name;

    /// <summary>Its manifest.</summary>
    public TemplateManifest Manifest { get; }

    /// <summary>Where it lives (see the constructor).</summary>
    public string Location { get; }

    /// <summary>Its files by name, manifest included.</summary>
    public IReadOnlyDictionary<string, string> Files { get; }

    /// <summary>True for a template embedded in plangen.</summary>
    public bool IsBuiltIn { get; }

    /// <summary>Where the shared partials live, or null when the template has none to fall back on.</summary>
    public string? CommonLocation { get; }

    /// <summary>The shared partials by file name; includes look here after the template's own files.</summary>
    public IReadOnlyDictionary<string, string> CommonFiles { get; }

    /// <summary>The path diagnostics use for one of its files.</summary>
    public string PathOf(string file) => IsBuiltIn ? Location + "/" + file : Path.Combine(Location, file);

    /// <summary>
    /// The path an <c>include</c> of a bare file name resolves to: the template's own file first,
    /// then the shared one; null when neither has it.
    /// </summary>
    public string? Resolve(string file)
    {
        if (Files.ContainsKey(file))
        {
            return PathOf(file);
        }
        if (CommonLocation is not null && CommonFiles.ContainsKey(file))
        {
            return IsBuiltIn ? CommonLocation + "/" + file : Path.Combine(CommonLocation, file);
        }
        return null;
    }

    /// <summary>Every template file that can be included or rendered, by path: its own, then the shared ones it does not shadow.</summary>
    internal IEnumerable<(string Path, string Text)> Sources()
    {
        foreach (var (name, text) in Files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            yield return (PathOf(name), text);
        }
        foreach (var (name, text) in CommonFiles.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            if (!Files.ContainsKey(name))
            {
                yield return (Resolve(name)!, text);
            }
        }
    }

    /// <summary>The parsed files, parsed on first use.</summary>
    internal ParsedTemplateSet Parsed => _parsed.Value;

    /// <summary>The text of the file a diagnostic path names, or null.</summary>
    internal string? TextAtPath(string path)
    {
        foreach (var (source, text) in Sources())
        {
            if (source == path)
            {
                return text;
            }
        }
        return null;
    }
}
