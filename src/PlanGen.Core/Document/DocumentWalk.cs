namespace PlanGen.Core.Document;

/// <summary>
/// The paragraphs of a list of blocks in reading order, table cells and nested tables included,
/// walked with a stack of its own: a read document's tables nest as deep as its file says.
/// </summary>
public static class DocumentWalk
{
    /// <summary>Every paragraph, each with the outermost table it sits in (null at top level).</summary>
    public static IEnumerable<(Paragraph Paragraph, TableBlock? Table)> WithTables(IEnumerable<Block> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var pending = new Stack<(IEnumerator<Block> Blocks, TableBlock? Table)>();
        pending.Push((blocks.GetEnumerator(), null));
        while (pending.TryPeek(out var at))
        {
            if (!at.Blocks.MoveNext())
            {
                pending.Pop();
                continue;
            }
            switch (at.Blocks.Current)
            {
                case Paragraph paragraph:
                    yield return (paragraph, at.Table);
                    break;
                case TableBlock table:
                    pending.Push((table.AllRows.SelectMany(r => r.Cells).SelectMany(c => c.Blocks).GetEnumerator(), at.Table ?? table));
                    break;
            }
        }
    }

    /// <summary>Every paragraph in reading order.</summary>
    public static IEnumerable<Paragraph> Paragraphs(IEnumerable<Block> blocks) => WithTables(blocks).Select(p => p.Paragraph);
}
