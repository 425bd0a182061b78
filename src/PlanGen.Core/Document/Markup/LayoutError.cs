using System.Globalization;
using PlanGen.Core.Diagnostics;

namespace PlanGen.Core.Document.Markup;

/// <summary>A problem in layout markup, with its 1-based line and column.</summary>
/// <param name="Source">The name of the markup source (template name or file).</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Key">The message's word in the message resources (<c>markup.unknown-element</c>), so it can be said in either language.</param>
/// <param name="Arguments">The values the message names: elements, attributes, values.</param>
public sealed record LayoutError(string Source, int Line, int Column, string Key, IReadOnlyList<string> Arguments)
{
    /// <summary>What is wrong, in English, naming the element or attribute.</summary>
    public string Message => Text("en");

    /// <summary>What is wrong, in a language (<c>vi</c> or <c>en</c>).</summary>
    public string Text(string language) =>
        string.Format(CultureInfo.InvariantCulture, DiagnosticMessages.Word(Key, language), [.. Arguments]);

    /// <summary>As a diagnostic (<see cref="DiagnosticCode.TemplateMarkup"/>) at its markup place; spans are stored 0-based.</summary>
    public Diagnostic ToDiagnostic() =>
        ToDiagnostic(SourceSpan.At(Source, Math.Max(0, Line - 1), Math.Max(0, Column - 1)));

    /// <summary>As a diagnostic at <paramref name="at"/>: the template place that wrote the markup.</summary>
    public Diagnostic ToDiagnostic(SourceSpan at) => new(
        DiagnosticCode.TemplateMarkup,
        Severity.Error,
        at,
        [DiagnosticMessages.PhraseArgument(Key, Arguments)]);

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Source}({Line},{Column}): {Message}");
}
