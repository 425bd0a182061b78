namespace PlanGen.Core.Document;

/// <summary>The file a document tree was read from: named in findings, and the kind that names its places.</summary>
/// <param name="File">The path as given.</param>
/// <param name="Format">DOCX, PDF or text.</param>
public sealed record DocumentSource(string File, SourceFormat Format);
