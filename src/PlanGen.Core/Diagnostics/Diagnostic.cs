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

    /// <summary>The message in the given language (<c>vi</c> or <c>en</c>).</summary>
    public string Message(string language) => DiagnosticMessages.Format(Code, language, Arguments);

    /// <summary>An optional hint telling the user what to do, in the given language.</summary>
    public string? Hint(string language) => DiagnosticMessages.Hint(Code, language, Arguments);
}
