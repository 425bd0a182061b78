using DocumentFormat.OpenXml.Wordprocessing;

namespace PlanGen.Docx;

/// <summary>The header parts: a centred PAGE field for every page but the first, and an empty one for page 1.</summary>
internal static class PageHeaderBuilder
{
    public static Header PageNumber()
    {
        var paragraph = Paragraphs.Empty(StyleIds.PageNumber);
        paragraph.Append(
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(new FieldCode(" PAGE ") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            new Run(new Text("2")),
            new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
        return new Header(paragraph);
    }

    public static Header Empty() => new(Paragraphs.Empty(StyleIds.PageNumber));
}
