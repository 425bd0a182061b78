using PlanGen.Core.Document;
using PlanGen.Core.Document.Reading;

namespace PlanGen.Tests.Support;

/// <summary>The text of a read document in reading order: paragraphs, and tables row by row, cell by cell.</summary>
internal static class SourceText
{
    public static List<string> Paragraphs(LayoutDocument document) => [.. document.Body.SelectMany(Texts)];

    public static IEnumerable<TableBlock> Tables(LayoutDocument document) => document.Body.OfType<TableBlock>();

    private static IEnumerable<string> Texts(Block block) => block switch
    {
        Paragraph paragraph => [paragraph.Text],
        TableBlock table => table.AllRows.ToList().SelectMany(r => r.Cells).SelectMany(c => c.Blocks).SelectMany(Texts),
        _ => [],
    };
}
