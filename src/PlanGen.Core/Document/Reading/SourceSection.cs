namespace PlanGen.Core.Document.Reading;

/// <summary>A section of a read document: its page set-up, where known, and its blocks.</summary>
/// <param name="Page">Paper, orientation and margins; null where the source does not say (text).</param>
/// <param name="Blocks">Paragraphs and tables in order.</param>
public sealed record SourceSection(PageGeometry? Page, IReadOnlyList<SourceBlock> Blocks)
{
    /// <summary>True when the pages of this section are wider than tall.</summary>
    public bool Landscape => Page is { } page && page.WidthMm > page.HeightMm;

    /// <summary>Paragraphs of the header printed on the section's first page (empty when none or unknown).</summary>
    public IReadOnlyList<SourceParagraph> FirstPageHeader { get; init; } = [];

    /// <summary>Paragraphs of the header printed on the other pages (empty when none or unknown).</summary>
    public IReadOnlyList<SourceParagraph> DefaultHeader { get; init; } = [];

    /// <summary>True when the first page has a header of its own (Word's "different first page").</summary>
    public bool TitlePage { get; init; }

    /// <summary>Distance of the header from the top edge of the page, in millimetres, where known.</summary>
    public double? HeaderDistanceMm { get; init; }
}
