using CsCheck;
using PlanGen.Core.Document.Grammar;
using PlanGen.Core.Model;

namespace PlanGen.Tests.Document.Grammar;

public sealed class ShortDateTests
{
    [Theory]
    [InlineData(2024, 2, 5, "05/02/2024")]
    [InlineData(2023, 3, 2, "02/3/2023")]
    [InlineData(2023, 12, 19, "19/12/2023")]
    [InlineData(2020, 4, null, "4/2020")]
    [InlineData(2020, null, null, "2020")]
    public void Citations_write_days_and_the_first_two_months_with_a_leading_zero(int year, int? month, int? day, string expected) =>
        Assert.Equal(expected, ShortDate.Format(new VnDate(year, month, day)));

    [Theory]
    [InlineData("5/2/2024")]
    [InlineData("05-02-2024")]
    [InlineData("05.02.2024")]
    [InlineData(" 05 / 02 / 2024 ")]
    public void Other_ways_of_writing_a_date_read_the_same(string text)
    {
        Assert.True(ShortDate.TryParse(text, out var date));
        Assert.Equal(new VnDate(2024, 2, 5), date);
    }

    [Theory]
    [InlineData("31/02/2024")]
    [InlineData("05/13/2024")]
    [InlineData("tháng 2")]
    public void A_day_the_calendar_does_not_have_or_no_date_reads_as_none(string text) => Assert.False(ShortDate.TryParse(text, out _));

    [Fact]
    public void A_drafts_own_date_leaves_blanks_that_read_back()
    {
        Assert.Equal("     /4/2020", ShortDate.FormatOrBlanks(new VnDate(2020, 4, null)));
        Assert.True(ShortDate.TryParse("     /     /    ", out var blank));
        Assert.Null(blank);
    }

    [Fact]
    public void Parse_of_format_gives_the_value_back() =>
        GrammarGen.Date.Sample(date =>
        {
            Assert.True(ShortDate.TryParse(ShortDate.Format(date), out var read));
            Assert.Equal(date, read);
            Assert.True(ShortDate.TryParse(ShortDate.FormatOrBlanks(date), out var blanks));
            Assert.Equal(date, blanks);
        });
}
