using System.Globalization;
using System.Text.RegularExpressions;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Import;

/// <summary>What Corpus/RESULTS.md records for each document, and the check that a measure is no worse.</summary>
internal static class CorpusResults
{
    public static string File => Path.Combine(TestPaths.Repository, "tests", "PlanGen.Tests", "Corpus", "RESULTS.md");

    /// <summary>The rows <paramref name="row"/> matches (groups doc, words, fields): the share of words and the fields not read, by document.</summary>
    public static Dictionary<string, (double Words, HashSet<string> Fields)> Read(Regex row)
    {
        var rows = new Dictionary<string, (double, HashSet<string>)>(StringComparer.Ordinal);
        foreach (var line in System.IO.File.ReadLines(File))
        {
            if (row.Match(line) is not { Success: true } match) continue;
            var fields = match.Groups["fields"].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(f => f != "—");
            rows[match.Groups["doc"].Value] = (double.Parse(match.Groups["words"].Value, CultureInfo.InvariantCulture), [.. fields]);
        }
        return rows;
    }

    /// <summary>Fails when the document has no row, keeps fewer words in order than its row records, or misreads a field its row does not name.</summary>
    public static void NoWorse(IReadOnlyDictionary<string, (double Words, HashSet<string> Fields)> recorded, string document, double words, IReadOnlyList<string> differences)
    {
        var name = Path.GetFileNameWithoutExtension(document);
        Assert.True(recorded.TryGetValue(name, out var row), $"{document} has no row in Corpus/RESULTS.md");
        Assert.True(words * 100 >= row.Words - 0.005, $"{document}: {words:P2} of its words in order, RESULTS.md records {row.Words:F2} %");
        var unexpected = Fields(differences).Except(row.Fields).ToList();
        Assert.True(unexpected.Count == 0, string.Join("\n", differences));
    }

    /// <summary>The fields a measure's differences name ("title: expected …" names title).</summary>
    public static IEnumerable<string> Fields(IEnumerable<string> differences) => differences.Select(d => d.Split(':')[0]);
}
