using System.Globalization;
using PlanGen.Core.Timelines;

namespace PlanGen.Tests.Timelines;

/// <summary>
/// Timelines are read inside the plan's period, not the calendar year: in a school's plan for
/// 05/9/2024 – 31/5/2025, "Thường xuyên" is that whole period, "Cả năm học" the school year,
/// "Tháng 3" March 2025, and a deadline with no start ("Trước ngày 15/10/2024") runs from the
/// period's first day. A school year runs from 1 September to 31 May; its first term to 15
/// January, the second from 16 January.
/// </summary>
public sealed class PeriodTimelineTests
{
    private static readonly DateInterval SchoolYearPlan = new(new DateOnly(2024, 9, 5), new DateOnly(2025, 5, 31));
    private static readonly DateInterval Year2024 = new(new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31));

    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void AssertSpan(ParsedTimeline parsed, string start, string end)
    {
        Assert.True(parsed.Understood, parsed.Text);
        Assert.Equal(D(start), parsed.Start);
        Assert.Equal(D(end), parsed.End);
    }

    [Theory]
    [InlineData("Thường xuyên", "2024-09-05", "2025-05-31")]
    [InlineData("Khi có chỉ đạo", "2024-09-05", "2025-05-31")]
    [InlineData("Cả năm học", "2024-09-01", "2025-05-31")]
    [InlineData("Trong năm học", "2024-09-01", "2025-05-31")]
    [InlineData("Suốt năm học", "2024-09-01", "2025-05-31")]
    [InlineData("Hằng quý", "2024-09-05", "2025-05-31")]
    [InlineData("Học kì 1", "2024-09-01", "2025-01-15")]
    [InlineData("Năm học 2024 - 2025", "2024-09-01", "2025-05-31")]
    [InlineData("năm học 2024-2025", "2024-09-01", "2025-05-31")]
    [InlineData("Học kỳ I", "2024-09-01", "2025-01-15")]
    [InlineData("Học kì II", "2025-01-16", "2025-05-31")]
    [InlineData("HK II", "2025-01-16", "2025-05-31")]
    [InlineData("Học kỳ II năm học 2024 - 2025", "2025-01-16", "2025-05-31")]
    [InlineData("Đầu năm học", "2024-09-01", "2024-09-30")]
    [InlineData("Cuối năm học", "2025-05-01", "2025-05-31")]
    [InlineData("Trước ngày 15/10/2024", "2024-09-05", "2024-10-14")]
    [InlineData("Tháng 9/2024", "2024-09-01", "2024-09-30")]
    [InlineData("Tháng 3", "2025-03-01", "2025-03-31")]
    [InlineData("Tháng 9/2024 và duy trì thường xuyên", "2024-09-01", "2025-05-31")]
    public void A_school_years_timelines_are_read_inside_its_period(string text, string start, string end) =>
        AssertSpan(TimelineParser.Parse(text, SchoolYearPlan), start, end);

    [Theory]
    [InlineData("Quí 4 năm 2024")]
    [InlineData("Quý IV/2024")]
    [InlineData("quí IV năm 2024")]
    [InlineData("Quý 4/2024")]
    public void Quí_and_Quý_name_the_same_quarter(string text)
    {
        var parsed = TimelineParser.Parse(text, SchoolYearPlan);

        AssertSpan(parsed, "2024-10-01", "2024-12-31");
        Assert.Equal(D("2024-12-31"), parsed.Deadline);
    }

    [Fact]
    public void The_whole_school_year_is_continuous_work_with_no_deadline()
    {
        var parsed = TimelineParser.Parse("Cả năm học", SchoolYearPlan);

        Assert.Equal(TimelineKinds.Continuous, parsed.Kinds);
        Assert.Null(parsed.Deadline);
    }

    [Theory]
    [InlineData("năm học 2024 - 2026")]
    [InlineData("Học kỳ III")]
    public void A_school_year_or_term_that_does_not_exist_is_not_understood(string text) =>
        Assert.False(TimelineParser.Parse(text, SchoolYearPlan).Understood);

    [Theory]
    [InlineData("Tháng 9/2024", TimelinePlacement.Inside)]
    [InlineData("Quý III/2024", TimelinePlacement.Inside)]
    [InlineData("Cả năm học", TimelinePlacement.Inside)]
    [InlineData("Năm học 2024 - 2025", TimelinePlacement.Inside)]
    [InlineData("Học kỳ I", TimelinePlacement.Inside)]
    [InlineData("Thường xuyên", TimelinePlacement.Inside)]
    [InlineData("Trước ngày 15/10/2024", TimelinePlacement.Inside)]
    [InlineData("Tháng 8/2024", TimelinePlacement.Outside)]
    [InlineData("Tháng 6/2025", TimelinePlacement.Outside)]
    [InlineData("Từ tháng 5/2025 đến tháng 6/2025", TimelinePlacement.Beyond)]
    [InlineData("Từ ngày 01/8/2024 đến ngày 30/9/2024", TimelinePlacement.Beyond)]
    public void A_timeline_is_judged_by_overlap_with_the_period_a_unit_it_names_may_straddle_its_ends(string text, TimelinePlacement expected) =>
        Assert.Equal(expected, TimelineParser.Parse(text, SchoolYearPlan).PlaceIn(SchoolYearPlan));

    [Theory]
    [InlineData("Quý IV/2024 - Quý I/2025", TimelinePlacement.Beyond)]
    [InlineData("Quý I/2025", TimelinePlacement.Outside)]
    [InlineData("Hoàn thành trong Quý I/2024 và duy trì thường xuyên", TimelinePlacement.Inside)]
    public void A_calendar_years_plan_judges_the_same_way(string text, TimelinePlacement expected) =>
        Assert.Equal(expected, TimelineParser.Parse(text, Year2024).PlaceIn(Year2024));

    [Fact]
    public void A_context_year_is_the_whole_calendar_year() =>
        AssertSpan(TimelineParser.Parse("Thường xuyên", contextYear: 2024), "2024-01-01", "2024-12-31");
}
