namespace PlanGen.Core.Document.Reading;

/// <summary>A paragraph or a table of a read document, with the place it came from.</summary>
/// <param name="Location">Where it stands in the source file.</param>
public abstract record SourceBlock(SourceLocation Location);
