using PlanGen.Core.Diagnostics;
using PlanGen.Core.Document.Reading;
using PlanGen.Docx.Reading;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Docx.Reading;

/// <summary>Reads DOCX bytes through a scratch file, as a user's file is read.</summary>
internal static class ReadDocx
{
    public static (SourceDocument? Document, DiagnosticBag Diagnostics) Bytes(byte[] bytes, string name = "doc.docx")
    {
        using var folder = new TempFolder();
        var path = folder.File(name);
        File.WriteAllBytes(path, bytes);
        var bag = new DiagnosticBag();
        return (new DocxReader().Read(path, bag), bag);
    }

    public static SourceDocument Ok(byte[] bytes)
    {
        var (document, bag) = Bytes(bytes);
        Assert.Empty(bag.Items);
        return Assert.IsType<SourceDocument>(document);
    }

    /// <summary>Every paragraph, table cells and nested tables included, in reading order.</summary>
    public static IEnumerable<SourceParagraph> Paragraphs(IEnumerable<SourceBlock> blocks)
    {
        foreach (var block in blocks)
        {
            if (block is SourceParagraph paragraph) yield return paragraph;
            else if (block is SourceTable table)
            {
                foreach (var inner in Paragraphs(table.Rows.SelectMany(r => r.Cells).SelectMany(c => c.Blocks))) yield return inner;
            }
        }
    }
}
