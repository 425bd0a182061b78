using PlanGen.Core.Document;

namespace PlanGen.Docx;

/// <summary>A part: "I. TITLE" as a bold upper-case heading (outline level 1), then its content.</summary>
internal static class PartWriter
{
    public static void Write(Part part, WriterContext context)
    {
        Paragraphs.Styled(context.Writer, StyleIds.PartHeading, part.Title is null ? part.Number : part.Number + " " + part.Title);
        BlockWriter.WriteAll(part.Children, context);
    }
}
