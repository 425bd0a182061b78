namespace PlanGen.Core.Document.Markup;

/// <summary>Puts the end mark "./." on the last paragraph of a body that has no closing sentence.</summary>
internal static class EndMark
{
    public static List<Block> OnLastParagraph(IReadOnlyList<Block> blocks)
    {
        var result = blocks.ToList();
        if (result.Count > 0)
        {
            result[^1] = Mark(result[^1]);
        }

        return result;
    }

    private static Block Mark(Block block) => block switch
    {
        Paragraph p => p with { Runs = BlockParser.ClosingMark(p.Runs) },
        Part p => p with { Children = OnLastParagraph(p.Children) },
        Clause c => c with { Children = OnLastParagraph(c.Children) },
        Point p => p with { Children = OnLastParagraph(p.Children) },
        Article a => a with { Children = OnLastParagraph(a.Children) },
        DashItem d => d with { Children = OnLastParagraph(d.Children) },
        PlusItem p => p with { Children = OnLastParagraph(p.Children) },
        _ => block,
    };
}
