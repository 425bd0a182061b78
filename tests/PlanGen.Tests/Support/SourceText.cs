using PlanGen.Core.Document.Reading;

namespace PlanGen.Tests.Support;

/// <summary>The text of a read document in reading order: paragraphs, and tables row by row, cell by cell.</summary>
internal static class SourceText
{
    public static List<string> Paragraphs(SourceDocument document) => [.. document.Blocks.SelectMany(Texts)];

    public static IEnumerable<SourceTable> Tables(SourceDocument document) => document.Blocks.OfType<SourceTable>();

    private static IEnumerable<string> Texts(SourceBlock block) => block switch
    {
        SourceParagraph paragraph => [paragraph.Text],
        SourceTable table => table.Rows.SelectMany(r => r.Cells).SelectMany(c => c.Blocks).SelectMany(Texts),
        _ => [],
    };
}
