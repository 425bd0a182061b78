using PlanGen.Core.Document;

namespace PlanGen.Docx;

/// <summary>A body paragraph, a basis or the Kính gửi line; list marks and numbers are already in the runs.</summary>
internal static class ParagraphWriter
{
    public static void Write(Paragraph paragraph, WriterContext context) =>
        Paragraphs.Styled(context.Writer, StyleOf(paragraph.Kind), paragraph.Runs);

    private static string StyleOf(ParagraphKind kind) => kind switch
    {
        ParagraphKind.Basis => StyleIds.Basis,
        ParagraphKind.Addressee => StyleIds.Addressee,
        ParagraphKind.Heading => StyleIds.CentredHeading,
        _ => StyleIds.Body,
    };
}
