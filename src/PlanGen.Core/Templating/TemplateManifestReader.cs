using PlanGen.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PlanGen.Core.Templating;

/// <summary>
/// Reads <c>template.yaml</c> through YamlDotNet's representation model (no object binding, so
/// no reflection). Problems are reported as PG3007 at the offending value.
/// </summary>
internal static class TemplateManifestReader
{
    private static readonly string[] Known = ["name", "description", "main"];

    /// <summary>The manifest, or null after reporting why it cannot be used.</summary>
    public static TemplateManifest? Read(string text, string path, string fallbackName, DiagnosticBag diagnostics)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            diagnostics.Add(DiagnosticCode.TemplateManifest, Span(path, e.Start), e.Message);
            return null;
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            diagnostics.Add(DiagnosticCode.TemplateManifest, SourceSpan.WholeFile(path), "expected fields name, description and main");
            return null;
        }
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var ok = true;
        foreach (var (keyNode, valueNode) in root.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!Known.Contains(key))
            {
                diagnostics.Add(DiagnosticCode.TemplateManifest, Span(path, keyNode.Start), $"unknown field '{key}'");
                ok = false;
            }
            else if (valueNode is YamlScalarNode { Value: { } value })
            {
                values[key] = value;
            }
            else
            {
                diagnostics.Add(DiagnosticCode.TemplateManifest, Span(path, valueNode.Start), $"'{key}' must be text");
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

    private static SourceSpan Span(string path, Mark mark) =>
        SourceSpan.At(path, (int)Math.Max(0, mark.Line - 1), (int)Math.Max(0, mark.Column - 1));
}
