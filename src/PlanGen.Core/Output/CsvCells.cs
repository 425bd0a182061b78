namespace PlanGen.Core.Output;

/// <summary>CSV cells as RFC 4180 quotes them, made safe to open in a spreadsheet.</summary>
public static class CsvCells
{
    /// <summary>The cell, quoted when it holds a comma, quote or line break; a cell a spreadsheet would run as a formula is prefixed with an apostrophe.</summary>
    public static string Quote(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        cell = Neutralise(cell);
        return cell.IndexOfAny([',', '"', '\n', '\r']) < 0 ? cell : "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    // A spreadsheet runs a cell that starts with = + - @ (or tab, CR) as a formula: a leading
    // apostrophe makes it text, as OWASP's CSV-injection advice recommends.
    private static string Neutralise(string cell) =>
        cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + cell : cell;
}
