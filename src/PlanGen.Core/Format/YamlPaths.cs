namespace PlanGen.Core.Format;

/// <summary>
/// How a YAML file names another file (<c>parent:</c>, <c>reports_on:</c>, <c>units:</c>,
/// <c>plan:</c>): from the YAML file's own folder, with '/' on every system, so the same files
/// read alike on a clerk's Windows machine and on a server.
/// </summary>
public static class YamlPaths
{
    /// <summary><paramref name="path"/> as a YAML file in <paramref name="folder"/> names it.</summary>
    public static string FromFolder(string folder, string path) =>
        Path.GetRelativePath(folder, Path.GetFullPath(path)).Replace('\\', '/');

    /// <summary><paramref name="path"/> as the YAML file <paramref name="yamlFile"/> names it.</summary>
    public static string FromFile(string yamlFile, string path) =>
        FromFolder(Path.GetDirectoryName(Path.GetFullPath(yamlFile)) ?? ".", path);
}
