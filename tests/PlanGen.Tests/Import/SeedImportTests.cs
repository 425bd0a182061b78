using PlanGen.Core.Build;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Document.Grammar;
using PlanGen.Core.Format;
using PlanGen.Core.Import;
using PlanGen.Core.Yaml;
using PlanGen.Docx;
using PlanGen.Tests.Support;
using Xunit.Abstractions;

namespace PlanGen.Tests.Import;

/// <summary>
/// The three seed texts (pdftotext output of real plans) import into plans that validate and
/// build, and the built DOCX holds at least 99 % of the seed's words in order, with the seed's
/// part headings in the seed's order.
/// </summary>
public sealed class SeedImportTests(ITestOutputHelper output)
{
    public static TheoryData<string> SeedFiles() => [.. ExampleBuilds.Seeds.Values];

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void Seed_imports_into_a_plan_that_builds_with_at_least_99_percent_of_its_words_and_its_parts_in_order(string seed)
    {
        using var folder = new TempFolder();
        var source = Path.Combine(TestPaths.Seeds, seed);
        var yamlPath = folder.File(Path.ChangeExtension(seed, ".yaml"));
        var bag = new DiagnosticBag();

        var result = PlanImporter.Import(TestRun.New(), source, yamlPath, null, bag);

        Assert.False(bag.HasErrors, Diagnose(bag));
        Assert.NotNull(result);
        var rendered = PlanRenderer.Default.Render(TestRun.New(), result.Plan, null, bag);
        Assert.False(bag.HasErrors, Diagnose(bag));
        using var docx = new MemoryStream(rendered!.Docx);
        var built = DocxText.Paragraphs(docx).ToList();
        var score = WordFidelity.Score(WordFidelity.SeedWords(File.ReadAllText(source)), WordFidelity.Words(string.Join("\n", built)));
        output.WriteLine($"{seed}: {score:P2}");
        Assert.True(score >= 0.99, $"{seed}: only {score:P2} of the seed's words are in the built document");
        var sourceParts = PartHeadings(File.ReadAllLines(source));
        Assert.NotEmpty(sourceParts);
        Assert.Equal(sourceParts, PartHeadings(built));
    }

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void Imported_yaml_reads_back_as_the_same_plan(string seed)
    {
        var bag = new DiagnosticBag();
        var imported = PlanImporter.Recognize(TestRun.New(), Path.Combine(TestPaths.Seeds, seed), null, bag);
        Assert.NotNull(imported);
        var yaml = imported.ToYaml();

        var reread = PlanLoader.ReadText(yaml, "imported.yaml", bag);

        Assert.False(bag.HasErrors, Diagnose(bag));
        Assert.NotNull(reread);
        // Written again from what was read, the YAML is the same text: nothing was lost or changed.
        Assert.Equal(yaml, (imported with { Plan = reread }).ToYaml());
    }

    [Fact]
    public void Lao_Cai_seed_gives_the_parent_citation_the_header_lost_and_every_task()
    {
        var bag = new DiagnosticBag();
        var plan = PlanImporter.Recognize(TestRun.New(), Path.Combine(TestPaths.Seeds, "004_274d5fa9c8c44472.txt"), null, bag)!.Plan;

        Assert.Equal(68, plan.Number?.Value);
        Assert.Equal("2024-01-31", plan.Date?.ToIsoText());
        Assert.Equal("UBND", plan.Issuer.Code);
        Assert.Equal("689/KH-UBATGTQG", plan.Parent?.Citation?.Number);
        Assert.Equal("Thượng tôn pháp luật để xây dựng văn hóa giao thông an toàn", plan.Theme);
        var example = PlanLoader.Read(ExampleBuilds.PathOf("lao-cai-2024/ubnd-tinh-atgt-2024.yaml"), new DiagnosticBag())!;
        Assert.Equal(example.Appendix!.AllTasks().Select(t => t.Id), plan.Appendix!.AllTasks().Select(t => t.Id));
        Assert.Equal(["TM", "KT"], plan.Signature!.Authorities.Select(a => a.ToString()));
        Assert.Contains(bag.Items, d => d.Code == DiagnosticCode.ImportGuessed && KeyPlaces.KeyOf(d.Arguments[0]) == "issuer.place");
    }

    // "I. MỤC TIÊU": a Roman label with its mark before a heading in capitals, spaces collapsed
    // (a seed in Markdown marks its headings with "#" and "**").
    private static List<string> PartHeadings(IEnumerable<string> lines) =>
    [
        .. lines.Select(l => string.Join(' ', System.Text.RegularExpressions.Regex.Replace(l, @"^#+\s*|\*\*", "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .Where(l => NumberingLabel.Parse(l) is { Label: { Kind: LabelKind.Part, Mark.Length: > 0 }, Text: { Length: > 0 } text } && text == PlanGen.Core.Text.VietnameseCasing.Upper(text)),
    ];

    private static string Diagnose(DiagnosticBag bag) => string.Join("\n", bag.Items.Select(d => TextDiagnosticFormatter.Format(d, "en")));
}
