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
    /// <summary>
    /// A second place the message names (the end tag that closes the wrong element), or null. Its
    /// place is filled in as the message's last value, so it can be given in template terms.
    /// </summary>
    public MarkupPlace? Related { get; init; }

    /// <summary>What is wrong, in English, naming the element or attribute.</summary>
    public string Message => Text("en");

    /// <summary>What is wrong, in a language (<c>vi</c> or <c>en</c>).</summary>
    public string Text(string language) =>
        string.Format(CultureInfo.InvariantCulture, DiagnosticMessages.Word(Key, language), [.. ArgumentsWith(MarkupSpan)]);

    /// <summary>As a diagnostic (<see cref="DiagnosticCode.TemplateMarkup"/>) at its markup place; spans are stored 0-based.</summary>
    public Diagnostic ToDiagnostic() => ToDiagnostic(MarkupSpan);

    /// <summary>As a diagnostic at <paramref name="at"/>: the template place that wrote the markup.</summary>
    public Diagnostic ToDiagnostic(SourceSpan at) => ToDiagnostic((line, column) => line == Line && column == Column ? at : MarkupSpan(line, column));

    /// <summary>
    /// As a diagnostic with every place it names (its own and <see cref="Related"/>) given by
    /// <paramref name="locate"/>, which turns a 1-based markup line and column into the template
    /// place that wrote it; so no line of the generated markup reaches the user.
    /// </summary>
    public Diagnostic ToDiagnostic(Func<int, int, SourceSpan> locate)
    {
        ArgumentNullException.ThrowIfNull(locate);
        return new(
            DiagnosticCode.TemplateMarkup,
            Severity.Error,
            locate(Line, Column),
            [DiagnosticMessages.PhraseArgument(Key, ArgumentsWith(locate))]);
    }

    private SourceSpan MarkupSpan(int line, int column) => SourceSpan.At(Source, Math.Max(0, line - 1), Math.Max(0, column - 1));

    private SourceSpan MarkupSpan() => MarkupSpan(Line, Column);

    // The related place is named by file name only: the diagnostic's own place already gives the full path.
    private IReadOnlyList<string> ArgumentsWith(Func<int, int, SourceSpan> locate)
    {
        if (Related is not { } related)
        {
            return Arguments;
        }
        var span = locate(related.Line, related.Column);
        return [.. Arguments, (span with { File = Path.GetFileName(span.File) }).ToString()];
    }

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Source}({Line},{Column}): {Message}");
}
