using PlanGen.Core.Document;

namespace PlanGen.Docx;

/// <summary>An appendix: heading, title and reference centred, its paragraphs, then the task table.</summary>
internal static class AppendixWriter
{
    public static void Write(Appendix appendix, bool landscape, WriterContext context)
    {
        context.Add(Paragraphs.Styled(StyleIds.AppendixHeading, appendix.Heading));
        if (appendix.Title is not null)
        {
            context.Add(Paragraphs.Styled(StyleIds.AppendixTitle, appendix.Title));
        }

        if (appendix.Reference is not null)
        {
            context.Add(Paragraphs.Styled(StyleIds.AppendixReference, appendix.Reference));
        }

        foreach (var paragraph in appendix.Paragraphs)
        {
            ParagraphWriter.Write(paragraph, context);
        }

        if (appendix.Table is { Columns.Count: > 0 } table)
        {
            TaskTableWriter.Write(table, landscape ? context.LandscapeTextWidth : context.PortraitTextWidth, context);
        }
    }

    /// <summary>Wide tables go on landscape pages.</summary>
    public static bool IsLandscape(Appendix appendix, LayoutProfile profile) =>
        appendix.Table is { } table && table.Columns.Count >= profile.LandscapeMinColumns;
}
