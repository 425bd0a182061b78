using System.Reflection;

namespace PlanGen.Core.Templating;

/// <summary>Reads the templates embedded as resources named <c>templates/NAME/FILE</c>.</summary>
internal static class EmbeddedTemplateFiles
{
    /// <summary>Template name → file name → text.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Read(Assembly assembly, string prefix)
    {
        var templates = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            // Normalised in case a build on Windows put a backslash into the logical name.
            var name = resource.Replace('\\', '/');
            if (!name.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }
            var parts = name[prefix.Length..].Split('/');
            if (parts.Length != 2)
            {
                continue;
            }
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            if (!templates.TryGetValue(parts[0], out var files))
            {
                templates[parts[0]] = files = new Dictionary<string, string>(StringComparer.Ordinal);
            }
            files[parts[1]] = reader.ReadToEnd();
        }
        return templates.ToDictionary(t => t.Key, t => (IReadOnlyDictionary<string, string>)t.Value, StringComparer.Ordinal);
    }
}
