using CsCheck;
using PlanGen.Core.Document.Grammar;
using PlanGen.Core.Model;

namespace PlanGen.Tests.Document.Grammar;

public sealed class PlaceDateLineTests
{
    [Theory]
    [InlineData("Lào Cai, ngày 05 tháng 02 năm 2024", "Lào Cai", 2024, 2, 5)]
    [InlineData("Lào Cai, ngày 31 tháng 01 năm 2024", "Lào Cai", 2024, 1, 31)]
    [InlineData("Thành phố Hồ Chí Minh, ngày 19 tháng 12 năm 2023", "Thành phố Hồ Chí Minh", 2023, 12, 19)]
    [InlineData("Bình Phước, ngày      tháng 4 năm 2020", "Bình Phước", 2020, 4, null)]
    [InlineData("Bình Phước, ngày tháng 4 năm 2020", "Bình Phước", 2020, 4, null)]
    public void The_decree_form_and_a_drafts_blanks_read_with_no_deviation(string line, string place, int year, int? month, int? day)
    {
        var parsed = PlaceDateLine.Parse(line);
        Assert.NotNull(parsed);
        Assert.Equal(new PlaceDateLine(place, new VnDate(year, month, day)), parsed.Value);
        Assert.Equal(PlaceDateDeviations.None, parsed.Deviations);
    }

    [Theory]
    [InlineData("Lào Cai ngày 05 tháng 02 năm 2024", PlaceDateDeviations.Comma)]
    [InlineData("Lào Cai, ngày 5 tháng 2 năm 2024", PlaceDateDeviations.Zero)]
    [InlineData("Lào Cai,   ngày  05   tháng 02  năm   2024", PlaceDateDeviations.None)]
    [InlineData("Lào Cai,\nngày 05 tháng 02 năm 2024", PlaceDateDeviations.None)]
    [InlineData("Lào Cai, Ngày 05 tháng 02 năm 2024", PlaceDateDeviations.None)]
    [InlineData("Lào Cai, ngày05 tháng 02 năm 2024", PlaceDateDeviations.Spaces)]
    [InlineData("ngày 05 tháng 02 năm 2024", PlaceDateDeviations.Form)]
    [InlineData("Lào Cai, ngày 05 tháng 02 năm 2024.", PlaceDateDeviations.Form)]
    public void Tolerated_forms_read_the_same_date_and_say_what_departs(string line, PlaceDateDeviations expected)
    {
        var parsed = PlaceDateLine.Parse(line);
        Assert.NotNull(parsed);
        Assert.Equal(expected, parsed.Deviations);
        Assert.Equal(new VnDate(2024, 2, 5), parsed.Value.Date);
    }

    [Fact]
    public void A_day_the_calendar_does_not_have_is_said_and_dropped()
    {
        var parsed = PlaceDateLine.Parse("Lào Cai, ngày 30 tháng 02 năm 2024");
        Assert.Equal(PlaceDateDeviations.NoSuchDate, parsed!.Deviations);
        Assert.Null(parsed.Value.Date);
    }

    [Theory]
    [InlineData("Thực hiện Kế hoạch số 68/KH-UBND của UBND tỉnh")]
    [InlineData("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")]
    public void A_line_without_a_date_reads_as_none(string line) => Assert.Null(PlaceDateLine.Parse(line));

    [Fact]
    public void Days_below_ten_and_the_first_two_months_take_a_leading_zero()
    {
        Assert.Equal("Lào Cai, ngày 05 tháng 02 năm 2024", new PlaceDateLine("Lào Cai", new VnDate(2024, 2, 5)).Format());
        Assert.Equal("ngày 09 tháng 4 năm 2020", LongDate.Format(new VnDate(2020, 4, 9)));
        Assert.Equal("ngày      tháng 4 năm 2020", LongDate.Format(new VnDate(2020, 4, null)));
        Assert.Equal("ngày      tháng      năm     ", LongDate.Format(null));
    }

    [Fact]
    public void Parse_of_format_gives_the_value_back() =>
        Gen.Select(GrammarGen.Place, GrammarGen.Date.Null(0.1), (place, date) => new PlaceDateLine(place, date))
            .Sample(line =>
            {
                var parsed = PlaceDateLine.Parse(line.Format());
                Assert.Equal(line, parsed?.Value);
                Assert.Equal(PlaceDateDeviations.None, parsed!.Deviations);
            });
}
