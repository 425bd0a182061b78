namespace PlanGen.Core.Document;

/// <summary>
/// Where a node of a read document stands in its file, in the terms a person finds it by: the
/// paragraph number in a DOCX (counting body paragraphs, table cells included, from 1), the page
/// and line in a PDF, the line in a text file; and the section (page set-up) it belongs to.
/// Unused parts are 0. A tree a template made has no places.
/// </summary>
/// <param name="Format">The kind of file, which decides how the place is named.</param>
/// <param name="Paragraph">DOCX paragraph number, from 1.</param>
/// <param name="Page">PDF page, from 1.</param>
/// <param name="Line">Line on the PDF page or in the text file, from 1.</param>
public readonly record struct SourcePlace(SourceFormat Format, int Paragraph, int Page, int Line)
{
    /// <summary>The section the node belongs to, from 0 (<see cref="LayoutDocument.Pages"/>).</summary>
    public int Section { get; init; }

    /// <summary>A DOCX paragraph.</summary>
    public static SourcePlace OfParagraph(int paragraph, int section = 0) => new(SourceFormat.Docx, paragraph, 0, 0) { Section = section };

    /// <summary>A line of a PDF page.</summary>
    public static SourcePlace OfPageLine(int page, int line, int section = 0) => new(SourceFormat.Pdf, 0, page, line) { Section = section };

    /// <summary>A line of a text file.</summary>
    public static SourcePlace OfLine(int line) => new(SourceFormat.Text, 0, 0, line);

    /// <summary>A key that orders places as the document reads: page, then line, then paragraph.</summary>
    public (int Page, int Line, int Paragraph) Order => (Page, Line, Paragraph);
}
