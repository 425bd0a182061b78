using PlanGen.Core.Diagnostics;

namespace PlanGen.Core.Templating;

/// <summary>Scriban source spans as plangen's: both are 0-based, only the type differs.</summary>
internal static class TemplateSpans
{
    /// <summary>The span in plangen's terms; <paramref name="fallbackFile"/> when Scriban knows no file.</summary>
    public static SourceSpan From(Scriban.Parsing.SourceSpan span, string fallbackFile) => new(
        string.IsNullOrEmpty(span.FileName) ? fallbackFile : span.FileName,
        Math.Max(0, span.Start.Line),
        Math.Max(0, span.Start.Column),
        Math.Max(0, span.End.Line),
        Math.Max(0, span.End.Column));
}
