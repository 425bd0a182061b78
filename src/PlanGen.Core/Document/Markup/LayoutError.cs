using PlanGen.Core.Diagnostics;

namespace PlanGen.Core.Document.Markup;

/// <summary>A problem in layout markup, with its 1-based line and column.</summary>
/// <param name="Source">The name of the markup source (template name or file).</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Message">What is wrong, naming the element or attribute.</param>
public sealed record LayoutError(string Source, int Line, int Column, string Message)
{
    /// <summary>As a diagnostic (<see cref="DiagnosticCode.TemplateMarkup"/>); spans are stored 0-based.</summary>
    public Diagnostic ToDiagnostic() => new(
        DiagnosticCode.TemplateMarkup,
        Severity.Error,
        SourceSpan.At(Source, Math.Max(0, Line - 1), Math.Max(0, Column - 1)),
        [Message]);

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Source}({Line},{Column}): {Message}");
}
