using PlanGen.Core.Diagnostics;
using PlanGen.Core.Document;
using PlanGen.Core.Document.Reading;
using PlanGen.Docx.Reading;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Docx.Reading;

/// <summary>Reads DOCX bytes through a scratch file, as a user's file is read.</summary>
internal static class ReadDocx
{
    public static (LayoutDocument? Document, DiagnosticBag Diagnostics) Bytes(byte[] bytes, string name = "doc.docx")
    {
        using var folder = new TempFolder();
        var path = folder.File(name);
        File.WriteAllBytes(path, bytes);
        var bag = new DiagnosticBag();
        return (new DocxReader().Read(path, bag), bag);
    }

    public static LayoutDocument Ok(byte[] bytes)
    {
        var (document, bag) = Bytes(bytes);
        Assert.Empty(bag.Items);
        return Assert.IsType<LayoutDocument>(document);
    }

    /// <summary>Every paragraph, table cells and nested tables included, in reading order.</summary>
    public static IEnumerable<Paragraph> Paragraphs(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            if (block is Paragraph paragraph) yield return paragraph;
            else if (block is TableBlock table)
            {
                foreach (var inner in Paragraphs(table.AllRows.ToList().SelectMany(r => r.Cells).SelectMany(c => c.Blocks))) yield return inner;
            }
        }
    }
}
