using PlanGen.Core.Diagnostics;

namespace PlanGen.Pdf.Reading;

/// <summary>
/// A limit of the PDF reader was reached; thrown inside the reader only, where
/// <see cref="PdfDocumentReader"/> turns it into one diagnostic at the file, whose path goes before <see cref="Arguments"/>.
/// </summary>
internal sealed class PdfLimitException(DiagnosticCode code, params string[] arguments) : Exception(string.Join(' ', arguments))
{
    public DiagnosticCode Code { get; } = code;

    /// <summary>The message's arguments after the file's path.</summary>
    public IReadOnlyList<string> Arguments { get; } = arguments;
}
