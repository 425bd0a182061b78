using PlanGen.Core.Document;

namespace PlanGen.Core.Recognition;

/// <summary>A paragraph of the document in reading order, with the table it sits in (null at top level) and its section (from 0).</summary>
public sealed record OutlineParagraph(Paragraph Paragraph, TableBlock? Table, int Section);
