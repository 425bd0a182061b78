using PlanGen.Core.Document;

namespace PlanGen.Docx;

/// <summary>A clause: "1. Title" as a bold heading when titled; otherwise the number already leads its first paragraph.</summary>
internal static class ClauseWriter
{
    public static void Write(Clause clause, WriterContext context)
    {
        if (clause.Title is not null)
        {
            Paragraphs.Styled(context.Writer, StyleIds.ClauseHeading, clause.Number + " " + clause.Title);
        }

        BlockWriter.WriteAll(clause.Children, context);
    }
}
