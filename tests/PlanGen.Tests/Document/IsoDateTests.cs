using System.Globalization;
using PlanGen.Core.Text;

namespace PlanGen.Tests.Document;

/// <summary>The markup's <c>date</c> attribute is read as strictly as <c>DateOnly.TryParseExact("yyyy-MM-dd")</c> reads it.</summary>
public sealed class IsoDateTests
{
    [Theory]
    [InlineData("2024-01-31")]
    [InlineData("2024-02-29")]
    [InlineData("2023-02-29")]
    [InlineData("2024-04-31")]
    [InlineData("2024-13-01")]
    [InlineData("2024-00-10")]
    [InlineData("2024-01-00")]
    [InlineData("0000-01-01")]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    [InlineData("2024-1-31")]
    [InlineData("2024-01-3")]
    [InlineData("24-01-31")]
    [InlineData("2024/01/31")]
    [InlineData("2024-01-31T00:00")]
    [InlineData("31/01/2024")]
    [InlineData("２０２４-01-31")]
    [InlineData("2024-٠١-31")]
    [InlineData("ngày 31")]
    [InlineData("")]
    public void Reads_a_date_exactly_when_the_runtime_reads_it(string text)
    {
        var expected = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var runtime);

        var actual = IsoDate.TryParse(text, out var date);

        Assert.Equal(expected, actual);
        Assert.Equal(runtime, date);
    }

    [Fact]
    public void Every_day_of_a_leap_year_and_the_next_reads_back_as_written()
    {
        for (var day = new DateOnly(2024, 1, 1); day.Year < 2026; day = day.AddDays(1))
        {
            Assert.True(IsoDate.TryParse(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), out var read));
            Assert.Equal(day, read);
        }
    }
}
