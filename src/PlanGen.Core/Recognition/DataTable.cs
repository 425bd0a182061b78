using PlanGen.Core.Document;

namespace PlanGen.Core.Recognition;

/// <summary>A table whose rows are data (a plan's tasks, a report's figures), not a layout of lines side by side.</summary>
internal static class DataTable
{
    /// <summary>A report's figures table: its first row names what is counted and the change against the same period.</summary>
    public static bool IsFigures(TableBlock table) =>
        table.AllRows.FirstOrDefault() is { } first && first.Cells.Any(c => c.Text.Trim() == "Chỉ tiêu") && first.Cells.Any(c => c.Text.Trim() == "So sánh");

    /// <summary>A table whose first rows name the content and the units or times of tasks.</summary>
    public static bool IsTasks(TableBlock table)
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
