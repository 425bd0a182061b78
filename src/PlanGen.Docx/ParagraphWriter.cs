using PlanGen.Core.Document;

namespace PlanGen.Docx;

/// <summary>A body paragraph or a basis; list marks and numbers are already in the runs.</summary>
internal static class ParagraphWriter
{
    public static void Write(Paragraph paragraph, WriterContext context) =>
        context.Add(Paragraphs.Styled(paragraph.Kind == ParagraphKind.Basis ? StyleIds.Basis : StyleIds.Body, paragraph.Runs));
}
