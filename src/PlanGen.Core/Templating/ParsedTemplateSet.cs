using PlanGen.Core.Diagnostics;
using Scriban;

namespace PlanGen.Core.Templating;

/// <summary>
/// Every <c>.sbn</c> file of a template, shared partials included, parsed once. Parsing all of them up front means a
/// syntax error in a partial is reported even when this plan does not reach the include.
/// </summary>
internal sealed class ParsedTemplateSet
{
    private ParsedTemplateSet(Template? main, IReadOnlyDictionary<string, Template> byPath, IReadOnlyDictionary<string, string> fileBySourceText,
        IReadOnlyList<(SourceSpan Span, string Message)> errors)
    {
        Main = main;
        ByPath = byPath;
        FileBySourceText = fileBySourceText;
        Errors = errors;
    }

    /// <summary>The entry template; null when the manifest's main file is missing.</summary>
    public Template? Main { get; }

    /// <summary>Parsed files by the path the loader resolves includes to.</summary>
    public IReadOnlyDictionary<string, Template> ByPath { get; }

    /// <summary>
    /// Each file's path by the very string it was parsed from: Scriban writes literal template text
    /// as slices of that string, which is how the output knows the file.
    /// </summary>
    public IReadOnlyDictionary<string, string> FileBySourceText { get; }

    /// <summary>Syntax errors of all files.</summary>
    public IReadOnlyList<(SourceSpan Span, string Message)> Errors { get; }

    /// <summary>Parses the template's files.</summary>
    public static ParsedTemplateSet Parse(LoadedTemplate template)
    {
        var byPath = new Dictionary<string, Template>(StringComparer.Ordinal);
        var fileBySourceText = new Dictionary<string, string>(ReferenceEqualityComparer.Instance);
        var errors = new List<(SourceSpan, string)>();
        foreach (var (path, text) in template.Sources())
        {
            if (!path.EndsWith(".sbn", StringComparison.Ordinal))
            {
                continue;
            }
            var parsed = Template.Parse(text, path);
            foreach (var message in parsed.Messages)
            {
                if (message.Type == Scriban.Parsing.ParserMessageType.Error)
                {
                    errors.Add((TemplateSpans.From(message.Span, path), message.Message));
                }
            }
            byPath[path] = parsed;
            fileBySourceText.TryAdd(text, path);
        }
        byPath.TryGetValue(template.PathOf(template.Manifest.Main), out var main);
        return new ParsedTemplateSet(main, byPath, fileBySourceText, errors);
    }
}
