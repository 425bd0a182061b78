namespace PlanGen.Core.Document.Reading;

/// <summary>
/// The reader of the format build writes (DOCX): what <c>check</c> reads a document with, and what
/// tells plangen's own output from a document it did not write, which a build does not replace.
/// </summary>
public interface IOutputReader : IDocumentReader
{
    /// <summary>True when <paramref name="path"/> is a file plangen wrote; a file that cannot be read as one is not.</summary>
    bool IsOwnOutput(string path);
}
