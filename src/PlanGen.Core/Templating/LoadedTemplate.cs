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
    public LoadedTemplate(TemplateManifest manifest, string location, IReadOnlyDictionary<string, string> files, bool isBuiltIn = false)
    {
        Manifest = manifest;
        Location = location;
        Files = files;
        IsBuiltIn = isBuiltIn;
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

    /// <summary>The path diagnostics use for one of its files.</summary>
    public string PathOf(string file) => IsBuiltIn ? Location + "/" + file : Path.Combine(Location, file);

    /// <summary>The parsed files, parsed on first use.</summary>
    internal ParsedTemplateSet Parsed => _parsed.Value;

    /// <summary>The text of the file a diagnostic path names, or null.</summary>
    internal string? TextAtPath(string path)
    {
        foreach (var (name, text) in Files)
        {
            if (PathOf(name) == path)
            {
                return text;
            }
        }
        return null;
    }
}
