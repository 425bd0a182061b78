using PlanGen.Docx;
using PlanGen.Tests.Support;
using Xunit.Abstractions;

namespace PlanGen.Tests.Building;

/// <summary>
/// Each example's DOCX reproduces its seed: at least 98 % of the seed's words, in order, are in the
/// document's paragraphs and table cells read in order (see <see cref="WordFidelity"/>).
/// </summary>
public sealed class FidelityTests(ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(ExampleBuilds.SeedExamples), MemberType = typeof(ExampleBuilds))]
    public void Docx_reproduces_at_least_98_percent_of_its_seeds_words_in_order(string example)
    {
        var seed = WordFidelity.SeedWords(File.ReadAllText(Path.Combine(TestPaths.Seeds, ExampleBuilds.Seeds[example])));
        using var docx = new MemoryStream(ExampleBuilds.Render(example).Docx);
        var words = WordFidelity.Words(string.Join("\n", DocxText.Paragraphs(docx)));

        var score = WordFidelity.Score(seed, words);

        output.WriteLine($"{example}: {score:P2} of {seed.Count} seed words matched in order");
        Assert.True(score >= 0.98, $"{example}: only {score:P2} of the seed's {seed.Count} words are reproduced in order");
    }

    [Fact]
    public void Fidelity_falls_when_a_paragraph_is_missing()
    {
        var seed = WordFidelity.Words("một hai ba bốn năm sáu bảy tám chín mười");
        var document = WordFidelity.Words("một hai ba bốn năm mười");

        Assert.Equal(0.6, WordFidelity.Score(seed, document), 3);
    }

    [Fact]
    public void A_row_split_by_a_page_break_is_joined_back_cell_by_cell()
    {
        var seed = WordFidelity.SeedWords("STT\tNội dung công tác\tThời gian\n6\tXây dựng tiêu chí\tTháng 02\n\n\nSTT\tNội dung công tác\tThời gian\n\tđánh giá, xếp loại\t/2024\n7\tĐôn đốc\tQuý I");

        Assert.Equal(["stt", "nội", "dung", "công", "tác", "thời", "gian", "6", "xây", "dựng", "tiêu", "chí", "đánh", "giá", "xếp", "loại", "tháng", "02", "2024", "7", "đôn", "đốc", "quý", "i"], seed);
    }

    [Fact]
    public void Seed_markdown_marks_and_repeated_table_headers_are_not_counted()
    {
        var seed = WordFidelity.SeedWords("**KẾ HOẠCH**\n### **I. MỤC TIÊU**\nSTT\tNội dung công tác\nA\nSTT\tNội dung công tác\nB <i>c</i>");

        Assert.Equal(["kế", "hoạch", "i", "mục", "tiêu", "stt", "nội", "dung", "công", "tác", "a", "b", "c"], seed);
    }
}
