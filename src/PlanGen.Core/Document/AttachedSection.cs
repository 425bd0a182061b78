namespace PlanGen.Core.Document;

/// <summary>
/// A section attached after the signature, on new pages (Decree 30's "Phụ lục"): a centred heading,
/// an optional bold title and italic reference line, then paragraphs and tables in order.
/// </summary>
/// <param name="Heading">The heading line.</param>
/// <param name="Title">The bold title, if any.</param>
/// <param name="Reference">The italic reference line, if any: <c>(Kèm theo … số …)</c>.</param>
/// <param name="Blocks">Paragraphs and tables, in order.</param>
public sealed record AttachedSection(string Heading, string? Title, string? Reference, IReadOnlyList<Block> Blocks)
{
    /// <summary>The page orientation the markup asks for; null lets the writer turn the pages for a wide table.</summary>
    public PageOrientation? Orientation { get; init; }
}
