namespace PlanGen.Core.Diagnostics;

/// <summary>
/// One finding about an input: a stable code (<c>PGnnnn</c>), where it is, and the values its
/// message is formatted with. The message text itself comes from <see cref="DiagnosticMessages"/>
/// in the reader's language, so a diagnostic can be printed in Vietnamese or English.
/// </summary>
public sealed record Diagnostic(DiagnosticCode Code, Severity Severity, SourceSpan Span, IReadOnlyList<string> Arguments)
{
    /// <summary>The code as printed: <c>PG1001</c>.</summary>
    public string Id => DiagnosticMessages.Id(Code);

    /// <summary>
    /// Every paragraph the same finding holds at, when it is told once for all of them (a body
    /// typed in 12 pt throughout is one finding, not one per paragraph); <see cref="Span"/> is the
    /// first of them. Empty for a finding at <see cref="Span"/> alone.
    /// </summary>
    public IReadOnlyList<SourceSpan> Places { get; init; } = [];

    /// <summary>What <see cref="Places"/> count: paragraphs, pages or lines.</summary>
    public PlaceKind PlacesAre { get; init; }

    /// <summary>The message in the given language (<c>vi</c> or <c>en</c>), with how many paragraphs and which when it holds at several.</summary>
    public string Message(string language)
    {
        var message = DiagnosticMessages.Format(Code, language, Arguments);
        return Places.Count > 1 ? message + " " + DiagnosticMessages.SameAt(Places, PlacesAre, language) : message;
    }

    /// <summary>An optional hint telling the user what to do, in the given language.</summary>
    public string? Hint(string language) => DiagnosticMessages.Hint(Code, language, Arguments);
}
