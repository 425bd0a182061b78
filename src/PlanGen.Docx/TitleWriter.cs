using PlanGen.Core.Document;

namespace PlanGen.Docx;

/// <summary>Box 5a: "KẾ HOẠCH", the subject under it, and a short centred line under the subject.</summary>
internal static class TitleWriter
{
    public static void Write(TitleBlock title, WriterContext context)
    {
        var p = context.Profile;
        Paragraphs.Styled(context.Writer, StyleIds.DocumentType, title.Type);
        Paragraphs.Styled(context.Writer, StyleIds.Subject, title.Subject);
        var width = context.BodyTextWidth;
        var subjectWidth = Math.Min(width, HeaderBlockWriter.LongestLine(title.Subject, p.SubjectSizePt, bold: true));

        // Room between the line and the body, which starts right after.
        Paragraphs.ShortLine(context.Writer, width, (int)(subjectWidth * p.ShortLineShare), spaceAfter: "240");
    }
}
