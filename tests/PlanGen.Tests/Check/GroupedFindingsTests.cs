using System.Text.Json;
using DocumentFormat.OpenXml.Wordprocessing;
using PlanGen.Core.Check;
using PlanGen.Core.Diagnostics;
using PlanGen.Tests.Support;
using static PlanGen.Tests.Check.Mutate;

namespace PlanGen.Tests.Check;

/// <summary>
/// A document typed elsewhere breaks the same rule with the same value in most of its paragraphs:
/// check tells each such finding once, quoting the first paragraph, with how many and which; a
/// different value is another finding; one paragraph's finding reads as before; --fix still mends
/// every paragraph, and JSON keeps each paragraph's place.
/// </summary>
public class GroupedFindingsTests
{
    private static readonly DiagnosticCode[] BodyCodes =
        [DiagnosticCode.CheckBodySize, DiagnosticCode.CheckBodyAlignment, DiagnosticCode.CheckBodyIndent, DiagnosticCode.CheckBodySpacing, DiagnosticCode.CheckLineSpacing];

    private static string Pandoc => Path.Combine(TestPaths.Repository, "tests", "PlanGen.Tests", "Check", "Fixtures", "pandoc-lao-cai-2024.docx");

    private static bool IsParagraph(string? place) => place?.StartsWith("paragraph ", StringComparison.Ordinal) == true;

    private static List<int> Numbers(Diagnostic d) => [.. d.Places.Select(p => p.StartLine + 1)];

    [Fact]
    public void A_document_typed_in_12_pt_throughout_tells_the_size_once_with_every_paragraph()
    {
        var found = CheckRun.Bytes(File.ReadAllBytes(Pandoc));

        var size = Assert.Single(found, d => d.Code == DiagnosticCode.CheckBodySize);
        var numbers = Numbers(size);
        Assert.True(numbers.Count > 10, CheckRun.Show(found));
        Assert.Equal(numbers.Order().Distinct(), numbers);
        Assert.Equal(size.Span, size.Places[0]);
        Assert.Equal("paragraph " + numbers[0], size.Span.Place);
        var ranges = ParagraphRanges.Format(numbers);
        Assert.EndsWith($"The same holds for {numbers.Count} paragraphs in all: paragraphs {ranges}.", size.Message("en"), StringComparison.Ordinal);
        Assert.EndsWith($"Tổng cộng {numbers.Count} đoạn như vậy: đoạn {ranges}.", size.Message("vi"), StringComparison.Ordinal);
        Assert.StartsWith("Body paragraph \"" + size.Arguments[0] + "\": size 12 pt", size.Message("en"), StringComparison.Ordinal);
        Assert.Contains("Home > Font Size", size.Hint("en"), StringComparison.Ordinal);
        Assert.Contains("Trang đầu > Cỡ phông", size.Hint("vi"), StringComparison.Ordinal);
    }

    [Fact]
    public void No_two_findings_of_a_typed_document_share_a_rule_and_a_value()
    {
        var found = CheckRun.Bytes(File.ReadAllBytes(Pandoc));

        var repeated = found.Where(d => IsParagraph(d.Span.Place) && d.Code != DiagnosticCode.CheckFont)
            .GroupBy(d => (d.Code, Values: string.Join('|', d.Arguments.Skip(1))))
            .Where(g => g.Select(d => d.Span.StartLine).Distinct().Count() > 1)
            .ToList();
        Assert.True(repeated.Count == 0, CheckRun.Show(repeated.SelectMany(g => g)));
        // Several paragraphs in all, far fewer findings: the body's 40-odd paragraphs are a handful of lines.
        var paragraphs = found.SelectMany(d => d.Places).Select(p => p.StartLine).Distinct().Count();
        Assert.True(found.Count(d => BodyCodes.Contains(d.Code)) * 5 < paragraphs, CheckRun.Show(found));
    }

    [Fact]
    public void The_same_rule_with_different_values_is_told_apart()
    {
        var bytes = Mutate.Apply(CheckRun.LaoCai, body =>
        {
            var bodies = body.Descendants<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Body" && p.InnerText.Length > 120).Take(4).ToList();
            Assert.Equal(4, bodies.Count);
            RunProperties(bodies[0]).FontSize = new FontSize { Val = "24" };
            RunProperties(bodies[1]).FontSize = new FontSize { Val = "24" };
            RunProperties(bodies[2]).FontSize = new FontSize { Val = "22" };
            RunProperties(bodies[3]).FontSize = new FontSize { Val = "22" };
        });

        var sizes = CheckRun.Bytes(bytes).Where(d => d.Code == DiagnosticCode.CheckBodySize).ToList();

        Assert.Equal([LayoutRange.Measure(11), LayoutRange.Measure(12)], sizes.Select(d => d.Arguments[1]).Order(StringComparer.Ordinal));
        Assert.All(sizes, d => Assert.Equal(2, d.Places.Count));
        Assert.Empty(Numbers(sizes[0]).Intersect(Numbers(sizes[1])));
    }

    [Fact]
    public void A_finding_on_one_paragraph_is_told_as_before()
    {
        var bytes = Mutate.Apply(CheckRun.LaoCai, MutationCheckTests.Mutations["body 12 pt"].Change);

        var size = Assert.Single(CheckRun.Bytes(bytes), d => d.Code == DiagnosticCode.CheckBodySize);

        Assert.Empty(size.Places);
        Assert.Equal(DiagnosticMessages.Format(size.Code, "en", size.Arguments), size.Message("en"));
        Assert.DoesNotContain("The same holds", size.Message("en"), StringComparison.Ordinal);
        Assert.DoesNotContain("Tổng cộng", size.Message("vi"), StringComparison.Ordinal);
        Assert.Matches(@"^paragraph \d+$", size.Span.Place);
    }

    [Fact]
    public void Fix_mends_every_paragraph_a_grouped_finding_names()
    {
        using var folder = new TempFolder();
        var input = folder.File("typed.docx");
        File.Copy(Pandoc, input);
        var before = CheckRun.Bytes(File.ReadAllBytes(input));
        Assert.Contains(before, d => BodyCodes.Contains(d.Code) && d.Places.Count > 1);

        var output = Path.Combine(folder.Path, "fixed.docx");
        var bag = new DiagnosticBag();
        Assert.True(DecreeCheck.Fix(TestRun.New(), input, output, DecreeCheck.RangesFor(null), bag));

        Assert.DoesNotContain(bag.Items, d => BodyCodes.Contains(d.Code) || d.Code == DiagnosticCode.CheckFont);
        // A recipient line that lost its dash is the clerk's to write again: --fix mends formatting, not text.
        Assert.DoesNotContain(bag.Items, d => d.Places.Count > 1 && d.Code != DiagnosticCode.CheckRecipients);
    }

    [Fact]
    public void Json_lists_each_paragraph_of_a_grouped_finding()
    {
        var found = CheckRun.Bytes(File.ReadAllBytes(Pandoc));
        var run = CliRun.Of("check", Pandoc, "--diagnostics", "json", "--lang", "en");
        Assert.Equal(1, run.ExitCode);

        using var json = JsonDocument.Parse(run.Error);
        var entries = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(found.Count, entries.Count);
        var grouped = entries.Where(e => e.TryGetProperty("places", out _)).ToList();
        Assert.Equal(found.Count(d => d.Places.Count > 0), grouped.Count);
        foreach (var entry in grouped)
        {
            var places = entry.GetProperty("places").EnumerateArray().ToList();
            Assert.True(places.Count > 1);
            Assert.Equal(entry.GetProperty("line").GetInt32(), places[0].GetProperty("line").GetInt32());
            Assert.All(places, p => Assert.Equal("paragraph " + p.GetProperty("line").GetInt32(), p.GetProperty("place").GetString()));
            var lines = places.Select(p => p.GetProperty("line").GetInt32()).ToList();
            Assert.Contains($"{lines.Count} paragraphs in all: paragraphs {ParagraphRanges.Format(lines)}.", entry.GetProperty("message").GetString(), StringComparison.Ordinal);
        }
        // Every paragraph a finding holds at is there, grouped or not.
        var expected = found.SelectMany(d => d.Places.Count > 0 ? d.Places : [d.Span]).Count(s => IsParagraph(s.Place));
        var listed = entries.Sum(e => e.TryGetProperty("places", out var p) ? p.GetArrayLength() : e.TryGetProperty("place", out var one) && IsParagraph(one.GetString()) ? 1 : 0);
        Assert.Equal(expected, listed);
    }

    [Theory]
    [InlineData("en", "{0}: {1} errors, no warnings, over {2} paragraphs")]
    [InlineData("vi", "{0}: {1} lỗi, 0 cảnh báo, ở {2} đoạn")]
    public void The_count_line_counts_the_findings_told_and_the_paragraphs_they_are_over(string language, string form)
    {
        var found = CheckRun.Bytes(File.ReadAllBytes(Pandoc));
        var run = CliRun.Of("check", Pandoc, "--lang", language);

        var told = run.Error.Split('\n').Count(l => l.Contains(language == "vi" ? ": lỗi PG" : ": error PG", StringComparison.Ordinal));
        Assert.Equal(found.Count, told);
        var paragraphs = found.SelectMany(d => d.Places.Count > 0 ? d.Places : [d.Span]).Where(s => s.StartLine >= 0).Select(s => s.StartLine).Distinct().Count();
        Assert.Equal(string.Format(System.Globalization.CultureInfo.InvariantCulture, form, Pandoc, told, paragraphs), run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1].TrimEnd());
    }

    [Theory]
    [InlineData(new[] { 2, 3, 4, 5, 6, 8, 10, 11 }, "2–6, 8, 10–11")]
    [InlineData(new[] { 8, 2, 3, 2 }, "2–3, 8")]
    [InlineData(new[] { 5 }, "5")]
    public void Paragraph_numbers_read_as_runs(int[] numbers, string expected) =>
        Assert.Equal(expected, ParagraphRanges.Format(numbers));
}
