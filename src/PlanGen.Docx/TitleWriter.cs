using PlanGen.Core.Document;

namespace PlanGen.Docx;

/// <summary>
/// Box 5a: "KẾ HOẠCH", the subject under it, for a document issued with another the italic line
/// "(Ban hành kèm theo …)", and a short centred line under them.
/// </summary>
internal static class TitleWriter
{
    public static void Write(TitleBlock title, WriterContext context)
    {
        var p = context.Profile;
        Paragraphs.Styled(context.Writer, StyleIds.DocumentType, title.Type);
        Paragraphs.Styled(context.Writer, StyleIds.Subject, title.Subject);
        if (title.IssuedWith is not null)
        {
            Paragraphs.Styled(context.Writer, StyleIds.AppendixReference, title.IssuedWith);
        }

        var width = context.BodyTextWidth;
        var subjectWidth = Math.Min(width, HeaderBlockWriter.LongestLine(title.Subject, p.SubjectSizePt, bold: true));

        // Room between the line and the body, which starts right after.
        Paragraphs.ShortLine(context.Writer, width, (int)(subjectWidth * p.ShortLineShare), spaceAfter: "240");
    }
}
