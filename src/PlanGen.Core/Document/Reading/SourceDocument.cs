namespace PlanGen.Core.Document.Reading;

/// <summary>
/// A document as a reader finds it (DOCX, PDF or text), before any structure is recognised:
/// sections of paragraphs and tables, each with the place it came from. Plan-neutral: the
/// recognizer (import) and the Decree 30 rules (check) read it; readers never see the plan model.
/// </summary>
/// <param name="File">The path the document was read from, for diagnostics.</param>
/// <param name="Format">What kind of file it was.</param>
/// <param name="Sections">Its sections in order; a text or PDF document has one unless it shows otherwise.</param>
public sealed record SourceDocument(string File, SourceFormat Format, IReadOnlyList<SourceSection> Sections)
{
    /// <summary>Every block of every section, in reading order.</summary>
    public IEnumerable<SourceBlock> Blocks => Sections.SelectMany(section => section.Blocks);
}
