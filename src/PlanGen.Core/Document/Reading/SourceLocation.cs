namespace PlanGen.Core.Document.Reading;

/// <summary>
/// Where a block stands in the file it was read from, in the terms a person can find it by:
/// the paragraph number in a DOCX (counting body paragraphs, table cells included, from 1), the
/// page and line in a PDF, the line in a text file. Unused parts are 0.
/// </summary>
/// <param name="Paragraph">DOCX paragraph number, from 1.</param>
/// <param name="Page">PDF page, from 1.</param>
/// <param name="Line">Line on the PDF page or in the text file, from 1.</param>
public readonly record struct SourceLocation(int Paragraph, int Page, int Line)
{
    /// <summary>A DOCX paragraph.</summary>
    public static SourceLocation OfParagraph(int paragraph) => new(paragraph, 0, 0);

    /// <summary>A line of a PDF page.</summary>
    public static SourceLocation OfPageLine(int page, int line) => new(0, page, line);

    /// <summary>A line of a text file.</summary>
    public static SourceLocation OfLine(int line) => new(0, 0, line);
}
