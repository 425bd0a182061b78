using PlanGen.Core.Diagnostics;
using PlanGen.Core.Input;
using PlanGen.Core.Yaml;

namespace PlanGen.Core.Templating;

/// <summary>
/// Where a folder template may read from: its own folder and the common folder of partials
/// beside it (<c>_common</c>). A file is read only when, after its links are followed, it is a
/// regular file inside one of these roots and within <see cref="MaxFileBytes"/>; a partial that
/// links to <c>/proc/self/environ</c> or any file elsewhere is refused (PG3006), never printed.
/// </summary>
internal sealed class TemplateRoots
{
    /// <summary>The largest template file read; real templates are a few kilobytes.</summary>
    public const int MaxFileBytes = 1024 * 1024;

    /// <summary>The name of the folder of partials shared by the templates beside it.</summary>
    public const string CommonFolder = "_common";

    private readonly List<string> _roots;

    /// <summary>The given folders, each with its own links resolved.</summary>
    public TemplateRoots(IEnumerable<string> roots) => _roots = [.. roots.Select(Resolve)];

    /// <summary>A template folder and, when present, the common folder beside it.</summary>
    public static TemplateRoots For(string templateFolder)
    {
        var full = Path.GetFullPath(templateFolder);
        var common = Path.Combine(Path.GetDirectoryName(Resolve(full)) ?? full, CommonFolder);
        return new TemplateRoots(Directory.Exists(common) ? [full, common] : [full]);
    }

    /// <summary>The file's text, or null after reporting why it may not be read.</summary>
    public string? Read(string file, DiagnosticBag diagnostics)
    {
        var target = Resolve(Path.GetFullPath(file));
        if (!IsInside(target))
        {
            diagnostics.Add(DiagnosticCode.TemplateIncludeOutside, SourceSpan.WholeFile(file), file);
            return null;
        }
        var bytes = BoundedFile.Read(target, MaxFileBytes, diagnostics);
        return bytes is null ? null : PlanSource.Decode(bytes, file, diagnostics);
    }

    /// <summary>True when <paramref name="resolvedPath"/> lies inside one of the roots.</summary>
    public bool IsInside(string resolvedPath)
    {
        var folder = Path.GetDirectoryName(resolvedPath);
        return folder is not null && _roots.Exists(root => string.Equals(Path.TrimEndingDirectorySeparator(root), Path.TrimEndingDirectorySeparator(folder), PathComparison));
    }

    private static StringComparison PathComparison =>
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    // The path with every link along it followed, folder by folder, as the file system would.
    private static string Resolve(string fullPath)
    {
        var parent = Path.GetDirectoryName(fullPath);
        var resolvedParent = parent is null ? null : Resolve(parent);
        var path = resolvedParent is null ? fullPath : Path.Combine(resolvedParent, Path.GetFileName(fullPath));
        try
        {
            var link = new FileInfo(path).LinkTarget is null ? null : File.ResolveLinkTarget(path, returnFinalTarget: true);
            return link is null ? path : Resolve(Path.GetFullPath(link.FullName));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return path; // a link loop or an unreadable link: the read that follows reports it
        }
    }
}
