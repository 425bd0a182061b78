using System.Text;

namespace PlanGen.Core.Output;

/// <summary>A plain-text table for the terminal: columns padded to their widest cell, separated by " | ".</summary>
public static class TextTable
{
    /// <summary>The header, a rule under it, then the rows, each line ended with '\n'.</summary>
    public static void Append(StringBuilder text, string[] header, IReadOnlyList<string[]> rows)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        var widths = Enumerable.Range(0, header.Length).Select(i => rows.Select(r => r[i].Length).Append(header[i].Length).Max()).ToArray();
        AppendRow(text, header, widths);
        AppendRow(text, [.. widths.Select(w => new string('-', w))], widths);
        foreach (var row in rows)
        {
            AppendRow(text, row, widths);
        }
    }

    /// <summary>One line of <paramref name="text"/> (emphasis marks and line breaks removed), cut to <paramref name="max"/> characters with an ellipsis.</summary>
    public static string Cut(string text, int max)
    {
        var line = Templating.MarkupText.StripEmphasis(text).Replace('\n', ' ').Trim();
        return line.Length <= max ? line : line[..(max - 1)].TrimEnd() + "…";
    }

    private static void AppendRow(StringBuilder text, string[] cells, int[] widths)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            text.Append(i == cells.Length - 1 ? cells[i] : cells[i].PadRight(widths[i])).Append(i == cells.Length - 1 ? "" : " | ");
        }
        text.Append('\n');
    }
}
