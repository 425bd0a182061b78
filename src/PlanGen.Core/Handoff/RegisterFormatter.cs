using System.Text;
using PlanGen.Core.Output;

namespace PlanGen.Core.Handoff;

/// <summary>The outgoing register as a CSV (RFC 4180, CRLF; written with a byte-order mark for Excel) or as a table for the terminal.</summary>
public static class RegisterFormatter
{
    /// <summary>The CSV text, header first, every cell whole.</summary>
    public static string Csv(IReadOnlyList<DocumentMetadata> rows, string language)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var text = new StringBuilder();
        text.AppendJoin(',', OutgoingRegister.Headers(language).Select(CsvCells.Quote)).Append("\r\n");
        for (var i = 0; i < rows.Count; i++)
        {
            text.AppendJoin(',', OutgoingRegister.Cells(rows[i], i, language).Select(CsvCells.Quote)).Append("\r\n");
        }
        return text.ToString();
    }

    /// <summary>The table for the terminal: long cells cut with an ellipsis, the CSV keeps them whole.</summary>
    public static string Table(IReadOnlyList<DocumentMetadata> rows, string language)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var text = new StringBuilder();
        TextTable.Append(text, OutgoingRegister.Headers(language),
            [.. rows.Select((r, i) => OutgoingRegister.Cells(r, i, language).Select(c => TextTable.Cut(c, 40)).ToArray())]);
        return text.ToString();
    }
}
