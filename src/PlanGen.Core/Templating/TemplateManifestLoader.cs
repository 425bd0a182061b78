using PlanGen.Core.Diagnostics;
using PlanGen.Core.Yaml;

namespace PlanGen.Core.Templating;

/// <summary>
/// Reads <c>template.yaml</c> through the plans' YAML loader (no object binding, so no
/// reflection). Problems of the manifest itself are reported as PG3007 at the offending value.
/// </summary>
internal static class TemplateManifestLoader
{
    private static readonly string[] Known = ["name", "description", "main"];

    /// <summary>The manifest, or null after reporting why it cannot be used.</summary>
    public static TemplateManifest? Read(string text, string path, string fallbackName, DiagnosticBag diagnostics)
    {
        // The plans' own loader: a template folder may come from anyone, so its manifest gets the
        // same refusal of tags, alias bombs and deep nesting, with exact places.
        var root = YamlTreeLoader.Load(text, path, diagnostics);
        if (root is null)
        {
            return null;
        }
        if (root is not YamlMap map)
        {
            diagnostics.Add(DiagnosticCode.TemplateManifest, root.Span, "expected fields name, description and main");
            return null;
        }
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var ok = true;
        foreach (var (key, value) in map.Entries)
        {
            if (!Known.Contains(key.Value))
            {
                diagnostics.Add(DiagnosticCode.TemplateManifest, key.Span, $"unknown field '{key.Value}'");
                ok = false;
            }
            else if (value is YamlText scalar)
            {
                values[key.Value] = scalar.IsNull ? "" : scalar.Value;
            }
            else
            {
                diagnostics.Add(DiagnosticCode.TemplateManifest, value.Span, $"'{key.Value}' must be text");
                ok = false;
            }
        }
        var main = values.GetValueOrDefault("main", "main.sbn");
        if (main.IndexOfAny(['/', '\\', ':']) >= 0 || !main.EndsWith(".sbn", StringComparison.Ordinal))
        {
            diagnostics.Add(DiagnosticCode.TemplateManifest, SourceSpan.WholeFile(path), $"main '{main}' must be a .sbn file in the template's folder");
            ok = false;
        }
        return ok ? new TemplateManifest(values.GetValueOrDefault("name", fallbackName), values.GetValueOrDefault("description", ""), main) : null;
    }
}
