using System.Globalization;
using System.Text.RegularExpressions;
using PlanGen.Core.Diagnostics;
using PlanGen.Tests.Support;
using Xunit.Abstractions;

namespace PlanGen.Tests.Import;

/// <summary>
/// Every plan of the corpus imports as Corpus/RESULTS.md records it: at least the share of its
/// words in order written there, and every field a clerk reads in it (issuer, number, date,
/// title, part headings in order) right unless the row names it as not yet read. A document that does worse
/// fails; one that does better is a row to update.
/// </summary>
public sealed partial class CorpusImportTests(ITestOutputHelper output)
{
    public static TheoryData<string> Plans() => [.. CorpusPlans.Texts()];

    [Theory]
    [MemberData(nameof(Plans))]
    public void Corpus_plan_imports_no_worse_than_its_recorded_result(string document)
    {
        var measure = CorpusPlans.Of(document);
        output.WriteLine($"| `{Path.GetFileNameWithoutExtension(document)}` | {measure.Words * 100:F2} % | {string.Join(", ", Fields(measure))} |");
        foreach (var difference in measure.Differences) output.WriteLine(difference);
        foreach (var d in measure.Diagnostics) output.WriteLine(TextDiagnosticFormatter.Format(d, "en"));

        Assert.True(Recorded.TryGetValue(Path.GetFileNameWithoutExtension(document), out var recorded), $"{document} has no row in Corpus/RESULTS.md");
        Assert.True(measure.Words * 100 >= recorded.Words - 0.005, $"{document}: {measure.Words:P2} of its words in order, RESULTS.md records {recorded.Words:F2} %");
        var unexpected = Fields(measure).Except(recorded.Fields).ToList();
        Assert.True(unexpected.Count == 0, string.Join("\n", measure.Differences));
    }

    [Fact]
    public void Results_record_the_measured_aim_of_98_percent_for_the_documents_read_whole()
    {
        // The rows with every field read are the ones that meet the aim; the file says so in its summary.
        var whole = Recorded.Where(r => r.Value.Fields.Count == 0 && r.Value.Words >= 98).Select(r => r.Key).ToList();
        Assert.Contains($"{whole.Count} of {Recorded.Count}", File.ReadAllText(ResultsFile), StringComparison.Ordinal);
    }

    private static IEnumerable<string> Fields(CorpusPlans.Measure measure) => measure.Differences.Select(d => d.Split(':')[0]);

    private static string ResultsFile => Path.Combine(TestPaths.Repository, "tests", "PlanGen.Tests", "Corpus", "RESULTS.md");

    private static readonly Dictionary<string, (double Words, HashSet<string> Fields)> Recorded = ReadResults();

    // | `2022-hung-yen-ubnd-92-kh` | 98.83 % | number, date |
    [GeneratedRegex(@"^\| `(?<doc>[^`]+)` \| (?<words>[0-9.]+) % \| (?<fields>[^|]*)\|", RegexOptions.CultureInvariant)]
    private static partial Regex Row();

    private static Dictionary<string, (double, HashSet<string>)> ReadResults()
    {
        var rows = new Dictionary<string, (double, HashSet<string>)>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(ResultsFile))
        {
            if (Row().Match(line) is not { Success: true } row) continue;
            var fields = row.Groups["fields"].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(f => f != "—");
            rows[row.Groups["doc"].Value] = (double.Parse(row.Groups["words"].Value, CultureInfo.InvariantCulture), [.. fields]);
        }
        return rows;
    }
}
