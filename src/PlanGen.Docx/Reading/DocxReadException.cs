namespace PlanGen.Docx.Reading;

/// <summary>What kept a file from being read as a DOCX.</summary>
internal enum DocxReadFailure
{
    NotZip,
    NotDocx,
    CorruptXml,
    Encrypted,
    LegacyWord,
    TooLarge,
}

/// <summary>Thrown inside the reader only; <see cref="DocxReader"/> turns it into a diagnostic.</summary>
internal sealed class DocxReadException(DocxReadFailure failure, string detail) : Exception(detail)
{
    public DocxReadFailure Failure { get; } = failure;

    public string Detail { get; } = detail;
}
