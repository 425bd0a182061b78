namespace PlanGen.Core.Document;

/// <summary>
/// A section of a read document as its pages are set up: paper and margins where the source says
/// them, and the page headers. A tree a template made has none: the writer's profile decides.
/// </summary>
/// <param name="Geometry">Paper and margins; null where the source does not say (text).</param>
public sealed record PageSetup(PageGeometry? Geometry)
{
    /// <summary>True when the pages are wider than tall.</summary>
    public bool Landscape => Geometry is { } page && page.WidthMm > page.HeightMm;

    /// <summary>Paragraphs of the header printed on the section's first page (empty when none or unknown).</summary>
    public IReadOnlyList<Paragraph> FirstPageHeader { get; init; } = [];

    /// <summary>Paragraphs of the header printed on the other pages (empty when none or unknown).</summary>
    public IReadOnlyList<Paragraph> DefaultHeader { get; init; } = [];

    /// <summary>True when the first page has a header of its own (Word's "different first page").</summary>
    public bool TitlePage { get; init; }

    /// <summary>The page number the section starts counting from again (1 for a document printed after the one that issues it); null when it counts on.</summary>
    public int? NumberedFrom { get; init; }

    /// <summary>Distance of the header from the top edge of the page, in millimetres, where known.</summary>
    public double? HeaderDistanceMm { get; init; }
}
