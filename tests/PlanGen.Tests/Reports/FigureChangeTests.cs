using PlanGen.Core.Format;
using PlanGen.Core.Text;

namespace PlanGen.Tests.Reports;

/// <summary>
/// The change of a figure against the same period last year, as Vietnamese reports print it: the
/// Government's and the ministries' reports are the source of the wording and the numbers.
/// </summary>
public sealed class FigureChangeTests
{
    [Theory]
    [InlineData(881, 873, "vụ", "tăng 08 vụ (+0,92%)")]
    [InlineData(490, 523, "người", "giảm 33 người (-6,31%)")]
    [InlineData(827, 861, "người", "giảm 34 người (-3,95%)")]
    [InlineData(35, 35, "người", "không thay đổi")]
    [InlineData(0, 0, "vụ", "không thay đổi")]
    [InlineData(5, 0, "vụ", "tăng 05 vụ")]
    [InlineData(24518, 0, "trường hợp", "tăng 24.518 trường hợp")]
    [InlineData(1163, 1090, "vụ", "tăng 73 vụ (+6,70%)")]
    [InlineData(0, 12, "vụ", "giảm 12 vụ (-100,00%)")]
    [InlineData(2500, 1000, "vụ", "tăng 1.500 vụ (+150,00%)")]
    [InlineData(62, 70, null, "giảm 08 (-11,43%)")]
    public void The_change_is_stated_in_words_with_its_percentage(long now, long before, string? measure, string expected) =>
        Assert.Equal(expected, FigureChange.Of(now, before, measure).Text);

    [Theory]
    [InlineData(801, 800, "tăng 01 vụ (+0,13%)")]
    [InlineData(799, 800, "giảm 01 vụ (-0,13%)")]
    [InlineData(1001, 8000, "giảm 6.999 vụ (-87,49%)")]
    public void A_percentage_half_way_is_rounded_away_from_zero(long now, long before, string expected) =>
        Assert.Equal(expected, FigureChange.Of(now, before, "vụ").Text);

    [Theory]
    [InlineData(0, "0")]
    [InlineData(7, "7")]
    [InlineData(999, "999")]
    [InlineData(1163, "1.163")]
    [InlineData(1000000, "1.000.000")]
    [InlineData(-2500, "-2.500")]
    public void Counts_group_thousands_with_a_dot(long value, string expected) =>
        Assert.Equal(expected, VietnameseNumber.Count(value));

    [Fact]
    public void The_difference_and_the_unrounded_share_are_kept_for_sums()
    {
        var change = FigureChange.Of(881, 873, "vụ");

        Assert.Equal(8, change.Difference);
        Assert.Equal(800m / 873m, change.Percent);
        Assert.Null(FigureChange.Of(3, 0, "vụ").Percent);
    }
}
