using System.Text.RegularExpressions;

namespace PlanGen.Core.Document.Grammar;

/// <summary>
/// The last line of the recipients: <c>- Lưu: VT, XD1.</c> — the office's records ("VT"), then
/// the drafting unit and the number of copies.
/// </summary>
/// <param name="Entries">What is kept and where: "VT", "XD1", "KH (NC08)".</param>
public sealed partial record ArchiveLine(EquatableList<string> Entries)
{
    /// <summary>The line as printed: <c>- Lưu: VT, XD1.</c>.</summary>
    public string Format() => "- Lưu: " + string.Join(", ", Entries) + ".";

    /// <summary>
    /// The archive line, or its entries alone as a plan writes them ("VT, XD1"); also without the
    /// dash, the colon or the full stop. Null when the line is no archive line.
    /// </summary>
    public static Parsed<ArchiveLine, RecipientLineDeviations>? Parse(string line)
    {
        var match = Pattern().Match(line.Trim());
        if (!match.Success) return null;
        var entries = GrammarText.TrimEndPunctuation(match.Groups["entries"].Value)
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var deviations = match.Groups["dash"].Value == "- " ? RecipientLineDeviations.None : RecipientLineDeviations.Dash;
        if (match.Groups["colon"].Length == 0 || !line.TrimEnd().EndsWith('.') || entries.FirstOrDefault() != "VT") deviations |= RecipientLineDeviations.Archive;
        return new(new ArchiveLine(new EquatableList<string>(entries)), deviations);
    }

    /// <summary>The entries as a plan or a template writes them, with or without "Lưu:": <c>VT, XD1</c>.</summary>
    public static ArchiveLine OfEntries(string text) =>
        Parse(text.StartsWith("Lưu", StringComparison.Ordinal) || text.TrimStart().StartsWith('-') ? text : "Lưu: " + text)?.Value ?? new ArchiveLine(new EquatableList<string>([]));

    // "Lưu:" then the entries; without the colon only before "VT", so a recipient named "Lưu trữ …" is not taken for it.
    [GeneratedRegex(@"^(?<dash>[-–•]?\s*)Lưu\s*(?:(?<colon>:)|(?=\s+VT\b))\s*(?<entries>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
