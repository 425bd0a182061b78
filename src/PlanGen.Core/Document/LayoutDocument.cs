namespace PlanGen.Core.Document;

/// <summary>
/// The root of the layout tree: everything the DOCX writer needs, already numbered and
/// punctuated. It is the contract between templates and the writer.
/// </summary>
/// <param name="Properties">Core properties.</param>
/// <param name="Header">The header table, if any.</param>
/// <param name="Title">Type and subject, if any.</param>
/// <param name="Body">Bases, paragraphs, parts and the closing sentence, in order.</param>
/// <param name="Signing">Recipients and signature, if any.</param>
/// <param name="Attachments">Sections attached after the signature, each on new pages.</param>
public sealed record LayoutDocument(
    LayoutProperties Properties,
    Header? Header,
    TitleBlock? Title,
    IReadOnlyList<Block> Body,
    Signing? Signing,
    IReadOnlyList<AttachedSection> Attachments)
{
    /// <summary>
    /// The body section on landscape pages from page 1, for a document that is mostly a wide table
    /// (a report); the decree asks for a portrait body otherwise.
    /// </summary>
    public bool Landscape { get; init; }
}
