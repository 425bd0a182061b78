using PlanGen.Core.Document;

namespace PlanGen.Docx;

/// <summary>A body paragraph or a basis; list marks and numbers are already in the runs.</summary>
internal static class ParagraphWriter
{
    public static void Write(Paragraph paragraph, WriterContext context) =>
        Paragraphs.Styled(context.Writer, paragraph.Kind == ParagraphKind.Basis ? StyleIds.Basis : StyleIds.Body, paragraph.Runs);
}
