using CsCheck;
using PlanGen.Core.Document.Grammar;

namespace PlanGen.Tests.Document.Grammar;

public sealed class RecipientLineTests
{
    [Theory]
    [InlineData("- Công an tỉnh;", "Công an tỉnh", null)]
    [InlineData("- Ủy ban ATGTQG (b/c);", "Ủy ban ATGTQG", "b/c")]
    [InlineData("- Thường trực Tỉnh ủy (để b/c);", "Thường trực Tỉnh ủy", "để b/c")]
    [InlineData("- Các sở, ban, ngành tỉnh (thực hiện);", "Các sở, ban, ngành tỉnh", "thực hiện")]
    [InlineData("- Như trên;", "Như trên", null)]
    [InlineData("- Như Điều 3;", "Như Điều 3", null)]
    public void The_decree_form_reads_with_no_deviation(string line, string name, string? mark)
    {
        var parsed = RecipientLine.Parse(line);
        Assert.Equal(new RecipientLine(name, mark), parsed?.Value);
        Assert.Equal(RecipientLineDeviations.None, parsed!.Deviations);
    }

    [Theory]
    [InlineData("Công an tỉnh;", RecipientLineDeviations.Dash)]
    [InlineData("– Công an tỉnh;", RecipientLineDeviations.Dash)]
    [InlineData("- Công an tỉnh", RecipientLineDeviations.Semicolon)]
    [InlineData("- Công an tỉnh.", RecipientLineDeviations.Semicolon)]
    public void Tolerated_forms_read_the_same_recipient_and_say_what_departs(string line, RecipientLineDeviations expected)
    {
        var parsed = RecipientLine.Parse(line);
        Assert.Equal("Công an tỉnh", parsed?.Value.Name);
        Assert.Equal(expected, parsed!.Deviations);
    }

    [Fact]
    public void The_copies_named_above_or_by_an_article_are_told_apart()
    {
        Assert.True(RecipientLine.Parse("- Như trên;")!.Value.IsAsAbove);
        Assert.True(RecipientLine.Parse("- Như Điều 3;")!.Value.IsAsAbove);
        Assert.False(RecipientLine.Parse("- Công an tỉnh;")!.Value.IsAsAbove);
    }

    [Theory]
    [InlineData("Nơi nhận:")]
    [InlineData("Nơi nhận")]
    [InlineData("NƠI NHẬN:")]
    public void The_heading_reads_in_any_letter_case(string line) => Assert.True(RecipientLine.IsHeading(line));

    [Theory]
    [InlineData("- Lưu: VT, XD1.", new[] { "VT", "XD1" }, RecipientLineDeviations.None)]
    [InlineData("- Lưu: VT, KH (NC08).", new[] { "VT", "KH (NC08)" }, RecipientLineDeviations.None)]
    [InlineData("- Lưu: VT.", new[] { "VT" }, RecipientLineDeviations.None)]
    [InlineData("- Lưu: VT, XD1", new[] { "VT", "XD1" }, RecipientLineDeviations.Archive)]
    [InlineData("Lưu: VT, XD1.", new[] { "VT", "XD1" }, RecipientLineDeviations.Dash)]
    [InlineData("- Lưu VT, TH.", new[] { "VT", "TH" }, RecipientLineDeviations.Archive)]
    [InlineData("- Lưu: TH, VT.", new[] { "TH", "VT" }, RecipientLineDeviations.Archive)]
    public void The_archive_line_reads_its_entries(string line, string[] entries, RecipientLineDeviations expected)
    {
        var parsed = ArchiveLine.Parse(line);
        Assert.Equal(entries, parsed?.Value.Entries);
        Assert.Equal(expected, parsed!.Deviations);
        Assert.Null(RecipientLine.Parse(line));
    }

    [Fact]
    public void A_recipient_named_lưu_trữ_is_no_archive_line() =>
        Assert.Equal("Lưu trữ lịch sử tỉnh", RecipientLine.Parse("- Lưu trữ lịch sử tỉnh;")?.Value.Name);

    [Fact]
    public void Parse_of_format_gives_the_value_back()
    {
        Gen.Select(GrammarGen.Recipient, Gen.OneOf("b/c", "để b/c", "thực hiện", "để biết", "phối hợp").Null(0.5), (name, mark) => new RecipientLine(name, mark))
            .Sample(line =>
            {
                var parsed = RecipientLine.Parse(line.Format());
                Assert.Equal(line, parsed?.Value);
                Assert.Equal(RecipientLineDeviations.None, parsed!.Deviations);
            });
        Gen.OneOf("XD1", "KH (NC08)", "TH", "NC", "VP", "PC08").Array[0, 3]
            .Select(rest => new ArchiveLine(new(["VT", .. rest])))
            .Sample(line =>
            {
                var parsed = ArchiveLine.Parse(line.Format());
                Assert.Equal(line, parsed?.Value);
                Assert.Equal(RecipientLineDeviations.None, parsed!.Deviations);
            });
    }
}
