using PlanGen.Core.Document;

namespace PlanGen.Docx;

/// <summary>The closing sentence ending in "./.", in its own style so it can be found and checked.</summary>
internal static class ClosingWriter
{
    public static void Write(Closing closing, WriterContext context) =>
        Paragraphs.Styled(context.Writer, StyleIds.Closing, closing.Runs);
}
