using PlanGen.Core.Diagnostics;

namespace PlanGen.Docx.Reading;

/// <summary>
/// Thrown inside the reader only; <see cref="DocxReader"/> turns it into one diagnostic at the
/// file, with the file's path before <see cref="Arguments"/>.
/// </summary>
internal sealed class DocxReadException(DiagnosticCode code, params string[] arguments) : Exception(string.Join(' ', arguments))
{
    public DiagnosticCode Code { get; } = code;

    /// <summary>The message's arguments after the file's path.</summary>
    public IReadOnlyList<string> Arguments { get; } = arguments;
}
