using System.Text.RegularExpressions;
using PlanGen.Core.Diagnostics;
using PlanGen.Tests.Support;
using Xunit.Abstractions;

namespace PlanGen.Tests.Import;

/// <summary>
/// Every letter, notice, submission and decision of the corpus imports into its type as
/// Corpus/RESULTS.md records it: at least the share of its words in order written there, and every
/// field a clerk reads in it (type, issuer, number, date, title, Kính gửi) right unless the row names
/// it as not yet read. A document that does worse fails; one that does better is a row to update.
/// </summary>
public sealed partial class CorpusFamilyImportTests(ITestOutputHelper output)
{
    public static TheoryData<string> Documents() => [.. CorpusFamily.Texts()];

    [Theory]
    [MemberData(nameof(Documents))]
    public void Corpus_document_imports_into_its_type_no_worse_than_its_recorded_result(string document)
    {
        var measure = CorpusFamily.Of(document);
        var name = Path.GetFileNameWithoutExtension(document);
        output.WriteLine($"| `{name}` | {measure.Type} | {measure.Words * 100:F2} % | {string.Join(", ", Fields(measure))} |");
        foreach (var difference in measure.Differences) output.WriteLine(difference);
        foreach (var d in measure.Diagnostics) output.WriteLine(TextDiagnosticFormatter.Format(d, "en"));

        CorpusResults.NoWorse(Recorded, document, measure.Words, measure.Differences);
    }

    [Fact]
    public void Results_list_each_letter_notice_submission_and_decision_once()
    {
        var names = CorpusFamily.Texts().Select(t => Path.GetFileNameWithoutExtension(t)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(names, Recorded.Keys.Order(StringComparer.Ordinal).ToList());
    }

    private static IEnumerable<string> Fields(CorpusFamily.Measure measure) => CorpusResults.Fields(measure.Differences);

    private static readonly Dictionary<string, (double Words, HashSet<string> Fields)> Recorded = CorpusResults.Read(Row());

    // | `2013-vpcp-2238-cv` | CV | 98.83 % | number, date | why |
    [GeneratedRegex(@"^\| `(?<doc>[^`]+)` \| (?<type>[A-ZĐa-z]+) \| (?<words>[0-9.]+) % \| (?<fields>[^|]*)\|", RegexOptions.CultureInvariant)]
    private static partial Regex Row();
}
