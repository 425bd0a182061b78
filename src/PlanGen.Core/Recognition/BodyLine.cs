using PlanGen.Core.Document;
using PlanGen.Core.Document.Reading;
using PlanGen.Core.Text;

namespace PlanGen.Core.Recognition;

/// <summary>
/// One line of the body as a reader sees it: a paragraph, or one of the lines a break inside it
/// starts; or a table standing between lines, where the body's structure stops.
/// </summary>
/// <param name="Text">Plain text, NFC, single spaces, with the list label in front when Word numbered it.</param>
/// <param name="Marked">The same text with bold and italic written as <c>**…**</c> and <c>*…*</c>.</param>
/// <param name="Paragraph">The paragraph it was read from; null for a table.</param>
/// <param name="Line">Which line of its paragraph it is, from 0.</param>
/// <param name="Table">The table, when this line is a task or figures table standing between lines rather than a line.</param>
public sealed record BodyLine(string Text, string Marked, Paragraph? Paragraph, int Line = 0, TableBlock? Table = null)
{
    /// <summary>True for a table standing in the body.</summary>
    public bool IsTable => Table is not null;

    /// <summary>
    /// The lines of <paramref name="blocks"/> in reading order, as import and check read them: a
    /// layout table (the header boxes, the recipients beside the signature, a page laid out in one)
    /// cell by cell; a task or figures table, whose rows are data, as one line of its own.
    /// </summary>
    public static IReadOnlyList<BodyLine> Of(IEnumerable<Block> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var lines = new List<BodyLine>();
        foreach (var block in blocks) Add(block, lines);
        return lines;
    }

    private static void Add(Block block, List<BodyLine> lines)
    {
        switch (block)
        {
            case Paragraph paragraph:
                lines.AddRange(Of(paragraph));
                break;
            case TableBlock table when DataTable.IsTasks(table) || DataTable.IsFigures(table):
                lines.Add(new BodyLine("", "", null, 0, table));
                break;
            case TableBlock table:
                foreach (var cellBlock in table.AllRows.SelectMany(r => r.Cells).SelectMany(c => c.Blocks)) Add(cellBlock, lines);
                break;
        }
    }

    /// <summary>
    /// The lines of a paragraph a reader sees: one for each line a break starts, without those that
    /// hold no letter or digit; Word's list label goes in front of the first, so typed and automatic
    /// numbering look alike.
    /// </summary>
    public static IReadOnlyList<BodyLine> Of(Paragraph paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var label = paragraph.ListLabel is { Length: > 0 } l ? l.Trim() + " " : "";
        var plain = UnicodeNormalization.ToNfc(paragraph.Text).Split('\n');
        var marked = UnicodeNormalization.ToNfc(MarkedText.Format(paragraph.Runs)).Split('\n');
        var lines = new List<BodyLine>();
        for (var i = 0; i < plain.Length; i++)
        {
            var text = Clean(plain[i]);
            if (!text.Any(char.IsLetterOrDigit)) continue;
            var mark = i < marked.Length ? Clean(marked[i]) : text;
            lines.Add(new BodyLine(i == 0 ? label + text : text, i == 0 ? label + mark : mark, paragraph, i));
        }
        return lines;
    }

    private static string Clean(string text) => string.Join(' ', text.Split([' ', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));
}
