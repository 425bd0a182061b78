using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PlanGen.Tests.Support;

/// <summary>
/// How much of a seed's text a built document reproduces: the share of the seed's words found in
/// the document in the same order (longest common subsequence), case-folded, punctuation ignored,
/// with the seed's Markdown marks and page-break artefacts removed: the table header row repeated
/// where a page broke, and a row split over two pages joined back cell by cell.
/// </summary>
internal static partial class WordFidelity
{
    private const string TableHeader = "STT\tNội dung công tác";

    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    [GeneratedRegex(@"</?i>|\*\*|^#+\s*", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex MarkdownMarks();

    public static IReadOnlyList<string> SeedWords(string seedText)
    {
        var lines = seedText.Replace("\r", "", StringComparison.Ordinal).Split('\n');
        var headerSeen = false;
        var afterBreak = false;
        var kept = new List<string>();
        foreach (var line in lines)
        {
            if (line.StartsWith(TableHeader, StringComparison.Ordinal))
            {
                // The header row repeats where a page broke; the document has it once.
                afterBreak = headerSeen;
                if (headerSeen) continue;
                headerSeen = true;
            }
            else if (afterBreak && line.Contains('\t', StringComparison.Ordinal))
            {
                afterBreak = false;
                if (ContinuesRow(kept, line))
                {
                    kept[LastRow(kept)] = JoinCells(kept[LastRow(kept)], line);
                    continue;
                }
            }
            kept.Add(line);
        }
        return Words(MarkdownMarks().Replace(string.Join("\n", kept), ""));
    }

    // A row split by a page break goes on after the repeated header with an empty or repeated STT.
    private static bool ContinuesRow(List<string> kept, string line)
    {
        var row = LastRow(kept);
        if (row < 0) return false;
        var number = line.Split('\t')[0].Trim();
        return number.Length == 0 || number == kept[row].Split('\t')[0].Trim();
    }

    private static int LastRow(List<string> kept) => kept.FindLastIndex(l => l.Contains('\t', StringComparison.Ordinal) && !l.StartsWith(TableHeader, StringComparison.Ordinal));

    private static string JoinCells(string first, string rest)
    {
        var a = first.Split('\t');
        var b = rest.Split('\t');
        var cells = new string[Math.Max(a.Length, b.Length)];
        for (var i = 0; i < cells.Length; i++)
        {
            var left = i < a.Length ? a[i].Trim() : "";
            var right = i < b.Length ? b[i].Trim() : "";
            cells[i] = i == 0 ? (left.Length > 0 ? left : right) : (left + " " + right).Trim();
        }
        return string.Join('\t', cells);
    }

    public static IReadOnlyList<string> Words(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormC).ToLower(CultureInfo.GetCultureInfo("vi"));
        return [.. Word().Matches(folded).Select(m => m.Value)];
    }

    /// <summary>Matched seed words / seed words, by a two-row LCS (linear memory).</summary>
    public static double Score(IReadOnlyList<string> seed, IReadOnlyList<string> document)
    {
        if (seed.Count == 0) return 1;
        var previous = new int[document.Count + 1];
        var current = new int[document.Count + 1];
        for (var i = 1; i <= seed.Count; i++)
        {
            for (var j = 1; j <= document.Count; j++)
            {
                current[j] = string.Equals(seed[i - 1], document[j - 1], StringComparison.Ordinal)
                    ? previous[j - 1] + 1
                    : Math.Max(previous[j], current[j - 1]);
            }
            (previous, current) = (current, previous);
        }
        return (double)previous[document.Count] / seed.Count;
    }
}
