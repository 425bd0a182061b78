using PlanGen.Core.Document;

namespace PlanGen.Docx;

/// <summary>Sends each body node to the writer of its kind.</summary>
internal static class BlockWriter
{
    public static void Write(Block block, WriterContext context)
    {
        switch (block)
        {
            case Paragraph paragraph:
                ParagraphWriter.Write(paragraph, context);
                break;
            case Part part:
                PartWriter.Write(part, context);
                break;
            case Clause clause:
                ClauseWriter.Write(clause, context);
                break;
            case Point point:
                PointWriter.Write(point, context);
                break;
            case Article article:
                WriteAll(article.Children, context);
                break;
            case DashItem dash:
                WriteAll(dash.Children, context);
                break;
            case PlusItem plus:
                WriteAll(plus.Children, context);
                break;
            case Closing closing:
                ClosingWriter.Write(closing, context);
                break;
            case TableBlock table:
                TableWriter.Write(table, context.BodyTextWidth, context);
                break;
            default:
                throw new NotSupportedException("No writer for " + block.GetType().Name);
        }
    }

    public static void WriteAll(IReadOnlyList<Block> blocks, WriterContext context)
    {
        foreach (var block in blocks)
        {
            Write(block, context);
        }
    }
}
