using System.Collections.Concurrent;
using System.Reflection;
using PlanGen.Core.Diagnostics;

namespace PlanGen.Core.Templating;

/// <summary>
/// Where templates come from: the built-in ones embedded in plangen (so one published file works
/// anywhere) and folders given with <c>--template DIR</c>. Partials several templates share live
/// once, in <c>_common</c> beside them, and are found after a template's own files. A built-in
/// template is parsed once per process (it cannot change); a folder once per run while its files
/// are unchanged (<see cref="TemplateFolderCache"/>).
/// </summary>
public sealed class TemplateCatalog
{
    private const string ResourcePrefix = "templates/";

    private readonly Lazy<IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>> _builtInFiles;
    private readonly ConcurrentDictionary<string, LoadedTemplate> _builtIns = new(StringComparer.Ordinal);

    /// <summary>A catalog of the templates embedded in an assembly under <c>templates/NAME/FILE</c>.</summary>
    public TemplateCatalog(Assembly resources)
    {
        _builtInFiles = new(() => EmbeddedTemplateFiles.Read(resources, ResourcePrefix));
    }

    /// <summary>The templates built into plangen.</summary>
    public static TemplateCatalog BuiltIn { get; } = new(typeof(TemplateCatalog).Assembly);

    /// <summary>
    /// The built-in templates, by name, each with the files an export writes; a template that
    /// cannot be loaded is reported to <paramref name="diagnostics"/> and listed without its description.
    /// </summary>
    public IReadOnlyList<TemplateInfo> List(DiagnosticBag diagnostics)
    {
        var list = new List<TemplateInfo>();
        foreach (var name in Names())
        {
            var template = LoadBuiltIn(name, diagnostics);
            list.Add(new TemplateInfo(name, template?.Manifest.Description ?? "", [.. ExportFiles(name).Keys.Order(StringComparer.Ordinal)]));
        }
        return list;
    }

    /// <summary>Names of the built-in templates; the shared partials' folder is not one.</summary>
    private IEnumerable<string> Names() =>
        _builtInFiles.Value.Keys.Where(k => k != CommonPartials.Folder).Order(StringComparer.Ordinal);

    private bool IsBuiltIn(string name) => name != CommonPartials.Folder && _builtInFiles.Value.ContainsKey(name);

    private IReadOnlyDictionary<string, string> BuiltInCommon =>
        _builtInFiles.Value.TryGetValue(CommonPartials.Folder, out var common) ? common : new Dictionary<string, string>();

    /// <summary>A built-in template's own files and the shared partials it uses: a folder that stands on its own.</summary>
    private Dictionary<string, string> ExportFiles(string name)
    {
        var own = _builtInFiles.Value[name];
        var files = new Dictionary<string, string>(own, StringComparer.Ordinal);
        foreach (var partial in CommonPartials.UsedBy(own, BuiltInCommon))
        {
            files[partial] = BuiltInCommon[partial];
        }
        return files;
    }

    /// <summary>
    /// A template by name or folder. A value with a path separator (<c>./my-template</c>) is a
    /// folder; a bare name is a built-in template first and a folder of that name second.
    /// Reports PG3001 when there is neither. A folder is read and parsed on every call; see the
    /// overload with a run.
    /// </summary>
    public LoadedTemplate? Find(string nameOrFolder, DiagnosticBag diagnostics) => Find(null, nameOrFolder, diagnostics);

    /// <summary>
    /// As <see cref="Find(string, DiagnosticBag)"/>, a folder read and parsed once per run while
    /// its files are unchanged: a batch of a thousand plans parses it once, and a watch that sees
    /// a template saved builds with the new one.
    /// </summary>
    public LoadedTemplate? Find(PlanGenRun? run, string nameOrFolder, DiagnosticBag diagnostics)
    {
        var isPath = nameOrFolder.IndexOfAny(['/', '\\']) >= 0 || nameOrFolder is "." or "..";
        if (!isPath && IsBuiltIn(nameOrFolder))
        {
            return LoadBuiltIn(nameOrFolder, diagnostics);
        }
        if (Directory.Exists(nameOrFolder))
        {
            return run is null ? LoadFolder(nameOrFolder, diagnostics) : run.TemplateFolders.Load(Path.GetFullPath(nameOrFolder), () => LoadFolder(nameOrFolder, diagnostics));
        }
        diagnostics.Add(DiagnosticCode.TemplateNotFound, SourceSpan.WholeFile(nameOrFolder), nameOrFolder, string.Join(", ", Names()));
        return null;
    }

    /// <summary>A template from a folder holding <c>template.yaml</c> and <c>.sbn</c> files.</summary>
    private static LoadedTemplate? LoadFolder(string folder, DiagnosticBag diagnostics)
    {
        var full = Path.GetFullPath(folder);
        var manifestPath = Path.Combine(full, TemplateManifest.FileName);
        if (!File.Exists(manifestPath))
        {
            diagnostics.Add(DiagnosticCode.TemplateManifest, SourceSpan.WholeFile(manifestPath), $"{TemplateManifest.FileName} is missing");
            return null;
        }
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        var roots = TemplateRoots.For(full);
        var readable = true;
        foreach (var file in Directory.EnumerateFiles(full).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            if (name == TemplateManifest.FileName || name.EndsWith(".sbn", StringComparison.Ordinal))
            {
                var text = roots.Read(file, diagnostics);
                readable &= text is not null;
                files[name] = text ?? "";
            }
        }
        var commonDiagnostics = new DiagnosticBag();
        var common = CommonFolderBeside(full, roots, commonDiagnostics);
        diagnostics.AddRange(commonDiagnostics.Items);
        if (!readable || commonDiagnostics.HasErrors)
        {
            return null;
        }
        var template = Create(files, full, Path.GetFileName(full), isBuiltIn: false, common, diagnostics);
        return template;
    }

    /// <summary>The shared partials in a <c>_common</c> folder beside a template folder, when there is one.</summary>
    private static (string Location, IReadOnlyDictionary<string, string> Files)? CommonFolderBeside(string templateFolder, TemplateRoots roots, DiagnosticBag diagnostics)
    {
        var parent = Path.GetDirectoryName(templateFolder);
        var common = parent is null ? null : Path.Combine(parent, CommonPartials.Folder);
        if (common is null || common == templateFolder || !Directory.Exists(common))
        {
            return null;
        }
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(common, "*.sbn"))
        {
            files[Path.GetFileName(file)] = roots.Read(file, diagnostics) ?? "";
        }
        return (common, files);
    }

    /// <summary>
    /// The files of a built-in template with the shared partials it uses, by their names in a copy
    /// to edit and use with <c>--template</c>; null after reporting PG3001 when there is no built-in
    /// template of that name.
    /// </summary>
    public IReadOnlyDictionary<string, string>? CopyOf(string name, DiagnosticBag diagnostics)
    {
        if (!IsBuiltIn(name))
        {
            diagnostics.Add(DiagnosticCode.TemplateNotFound, SourceSpan.WholeFile(name), name, string.Join(", ", Names()));
            return null;
        }
        return ExportFiles(name);
    }

    /// <summary>
    /// The starter plan of a built-in template: its own (<c>starter.yaml</c>), or with
    /// <paramref name="body"/> the one written for that kind of body (<c>starter.commune.yaml</c>);
    /// null when it has none.
    /// </summary>
    public string? Starter(string name, string? body = null) =>
        IsBuiltIn(name) && _builtInFiles.Value[name].TryGetValue(StarterFileFor(body), out var text) ? text : null;

    /// <summary>The kinds of body a built-in template has starters for besides its own (<c>commune</c>, <c>school</c> …).</summary>
    public IReadOnlyList<string> StarterBodies(string name) =>
        IsBuiltIn(name)
            ? [.. _builtInFiles.Value[name].Keys
                .Where(f => f.StartsWith("starter.", StringComparison.Ordinal) && f.EndsWith(".yaml", StringComparison.Ordinal) && f != StarterFile)
                .Select(f => f["starter.".Length..^".yaml".Length])
                .Order(StringComparer.Ordinal)]
            : [];

    /// <summary>The file of a built-in template that holds its starter plan.</summary>
    public const string StarterFile = "starter.yaml";

    /// <summary>The file of the starter for <paramref name="body"/> (<c>starter.commune.yaml</c>); the template's own when null.</summary>
    public static string StarterFileFor(string? body) => body is null ? StarterFile : "starter." + body + ".yaml";

    private LoadedTemplate? LoadBuiltIn(string name, DiagnosticBag diagnostics)
    {
        if (_builtIns.TryGetValue(name, out var cached))
        {
            return cached;
        }
        var template = Create(_builtInFiles.Value[name], ResourcePrefix + name, name, isBuiltIn: true,
            (ResourcePrefix + CommonPartials.Folder, BuiltInCommon), diagnostics);
        return template is null ? null : _builtIns.GetOrAdd(name, template);
    }

    private static LoadedTemplate? Create(IReadOnlyDictionary<string, string> files, string location, string fallbackName, bool isBuiltIn,
        (string Location, IReadOnlyDictionary<string, string> Files)? common, DiagnosticBag diagnostics)
    {
        var manifestPath = isBuiltIn ? location + "/" + TemplateManifest.FileName : Path.Combine(location, TemplateManifest.FileName);
        if (!files.TryGetValue(TemplateManifest.FileName, out var manifestText))
        {
            diagnostics.Add(DiagnosticCode.TemplateManifest, SourceSpan.WholeFile(manifestPath), $"{TemplateManifest.FileName} is missing");
            return null;
        }
        var manifest = TemplateManifestLoader.Read(manifestText, manifestPath, fallbackName, diagnostics);
        if (manifest is null)
        {
            return null;
        }
        if (!files.ContainsKey(manifest.Main))
        {
            diagnostics.Add(DiagnosticCode.TemplateManifest, SourceSpan.WholeFile(manifestPath), $"main file '{manifest.Main}' is missing");
            return null;
        }
        return new LoadedTemplate(manifest, location, files, isBuiltIn, common?.Location, common?.Files);
    }
}
