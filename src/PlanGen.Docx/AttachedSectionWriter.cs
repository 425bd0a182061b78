using PlanGen.Core.Document;
using PlanGen.Core.Layout;

namespace PlanGen.Docx;

/// <summary>A section attached after the signature: heading, title and reference centred, then its paragraphs and tables.</summary>
internal static class AttachedSectionWriter
{
    public static void Write(AttachedSection section, bool landscape, WriterContext context)
    {
        Paragraphs.Styled(context.Writer, StyleIds.AppendixHeading, section.Heading);
        if (section.Title is not null)
        {
            Paragraphs.Styled(context.Writer, StyleIds.AppendixTitle, section.Title);
        }

        if (section.Reference is not null)
        {
            Paragraphs.Styled(context.Writer, StyleIds.AppendixReference, section.Reference);
        }

        foreach (var block in section.Blocks)
        {
            switch (block)
            {
                case TableBlock { Columns.Count: > 0 } table:
                    TableWriter.Write(table, landscape ? context.LandscapeTextWidth : context.PortraitTextWidth, context);
                    break;
                case TableBlock:
                    break; // a table without columns has nothing to draw
                default:
                    BlockWriter.Write(block, context);
                    break;
            }
        }
    }

    /// <summary>The orientation the markup asks for; otherwise wide tables go on landscape pages.</summary>
    public static bool IsLandscape(AttachedSection section, LayoutProfile profile) =>
        section.Orientation is { } orientation
            ? orientation == PageOrientation.Landscape
            : section.Blocks.OfType<TableBlock>().Any(t => t.Columns.Count >= profile.LandscapeMinColumns);
}
