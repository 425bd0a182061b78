using PlanGen.Core.Document;

namespace PlanGen.Docx;

/// <summary>A point: upright, "a) Title" on its own line when titled; otherwise the letter leads its first paragraph.</summary>
internal static class PointWriter
{
    public static void Write(Point point, WriterContext context)
    {
        if (point.Title is not null)
        {
            Paragraphs.Styled(context.Writer, StyleIds.Body, point.Label + " " + point.Title);
        }

        BlockWriter.WriteAll(point.Children, context);
    }
}
