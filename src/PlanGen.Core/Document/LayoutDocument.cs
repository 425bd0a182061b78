namespace PlanGen.Core.Document;

/// <summary>
/// The root of the document tree: everything the DOCX writer needs, already numbered and
/// punctuated. It is the contract between templates and the writer, and what the readers give: a
/// document read from a file (<see cref="Source"/>) has, before recognition, no header, title or
/// signing block and a flat body of paragraphs and tables in reading order, with its pages.
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

    /// <summary>The sections of a read document as their pages are set up; empty in a tree a template made.</summary>
    public IReadOnlyList<PageSetup> Pages { get; init; } = [];

    /// <summary>
    /// Documents issued with this one and printed after it (the plan a decision issues), each from a
    /// new page in sections of its own, its pages numbered from 1 again; empty for a document alone.
    /// </summary>
    public IReadOnlyList<LayoutDocument> Issued { get; init; } = [];

    /// <summary>The file the tree was read from; null in a tree a template made.</summary>
    public DocumentSource? Source { get; init; }

    /// <summary>A read document before recognition: its body in reading order, its pages, its file.</summary>
    public static LayoutDocument Read(DocumentSource source, IReadOnlyList<Block> body, IReadOnlyList<PageSetup> pages) =>
        new(LayoutProperties.Empty, null, null, body, null, []) { Pages = pages, Source = source };
}
