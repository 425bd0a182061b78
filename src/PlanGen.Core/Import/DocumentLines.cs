using PlanGen.Core.Document;
using PlanGen.Core.Document.Reading;
using PlanGen.Core.Recognition;

namespace PlanGen.Core.Import;

/// <summary>
/// A read document as one sequence of lines in reading order: layout tables (the header block,
/// the recipients beside the signature) are read cell by cell; a task table stays a table.
/// Word's list labels are put back in front of their text, so typed and automatic numbering look alike.
/// </summary>
internal static class DocumentLines
{
    public static List<ImportLine> Of(LayoutDocument document)
    {
        var lines = new List<ImportLine>();
        foreach (var block in document.Body)
        {
            Add(block, lines);
        }
        return lines;
    }

    private static void Add(Block block, List<ImportLine> lines)
    {
        switch (block)
        {
            case Paragraph paragraph:
                AddParagraph(paragraph, lines);
                break;
            case TableBlock table when IsTaskTable(table) || IsFiguresTable(table):
                lines.Add(new ImportLine("", "", table.Place ?? default, table));
                break;
            case TableBlock table:
                foreach (var cellBlock in table.AllRows.SelectMany(r => r.Cells).SelectMany(c => c.Blocks))
                {
                    Add(cellBlock, lines);
                }
                break;
        }
    }

    private static void AddParagraph(Paragraph paragraph, List<ImportLine> lines) =>
        lines.AddRange(BodyLine.Of(paragraph).Select(l => new ImportLine(l.Text, l.Marked, paragraph.Place ?? default, null, paragraph, l.Line)));

    /// <summary>A report's figures table: its first row names what is counted and the change against the same period.</summary>
    public static bool IsFiguresTable(TableBlock table) =>
        table.AllRows.FirstOrDefault() is { } first && first.Cells.Any(c => c.Text.Trim() == "Chỉ tiêu") && first.Cells.Any(c => c.Text.Trim() == "So sánh");

    /// <summary>A table whose first rows name the content and the units or times of tasks.</summary>
    public static bool IsTaskTable(TableBlock table)
    {
        foreach (var row in table.AllRows.Take(2))
        {
            var cells = row.Cells.Select(c => InlineRun.PlainText([.. c.Blocks.OfType<Paragraph>().SelectMany(p => p.Runs)])).ToList();
            if (cells.Any(c => c.Contains("Nội dung", StringComparison.OrdinalIgnoreCase) || c.Contains("Nhiệm vụ", StringComparison.OrdinalIgnoreCase))
                && cells.Any(c => c.Contains("chủ trì", StringComparison.OrdinalIgnoreCase) || c.Contains("Thời gian", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }
        return false;
    }
}
