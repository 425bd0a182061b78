using PlanGen.Core.Document;

namespace PlanGen.Docx;

/// <summary>Box 5a: "KẾ HOẠCH", the subject under it, and a short centred line under the subject.</summary>
internal static class TitleWriter
{
    public static void Write(TitleBlock title, WriterContext context)
    {
        var p = context.Profile;
        context.Add(Paragraphs.Styled(StyleIds.DocumentType, title.Type));
        context.Add(Paragraphs.Styled(StyleIds.Subject, title.Subject));
        var width = context.BodyTextWidth;
        var subjectWidth = Math.Min(width, HeaderBlockWriter.LongestLine(title.Subject, p.SubjectSizePt, bold: true));
        var line = Paragraphs.ShortLine(width, (int)(subjectWidth * p.ShortLineShare));

        // Room between the line and the body, which starts right after.
        line.ParagraphProperties!.SpacingBetweenLines!.After = "240";
        context.Add(line);
    }
}
