using System.Globalization;
using System.Text;
using PlanGen.Core.Timelines;

namespace PlanGen.Tests.Timelines;

public sealed class TimelineParserTests
{
    private const TimelineKinds D = TimelineKinds.Dated;
    private const TimelineKinds C = TimelineKinds.Continuous;
    private const TimelineKinds O = TimelineKinds.OnDemand;
    private const TimelineKinds R = TimelineKinds.Recurring;

    [Theory]
    [InlineData("Quý I/2024", D, "2024-01-01", "2024-03-31", "2024-03-31")]
    [InlineData("Quý IV/2024", D, "2024-10-01", "2024-12-31", "2024-12-31")]
    [InlineData("quý 2/2024", D, "2024-04-01", "2024-06-30", "2024-06-30")]
    [InlineData("Quý I - III/2024", D, "2024-01-01", "2024-09-30", "2024-09-30")]
    public void Parses_quarter_with_year(string text, TimelineKinds kinds, string start, string end, string deadline) =>
        AssertParsed(TimelineParser.Parse(text), kinds, start, end, deadline);

    [Theory]
    [InlineData("Dự kiến quý III, IV/2024", D, "2024-07-01", "2024-12-31", "2024-12-31")]
    public void Parses_adjacent_quarters_as_one_stretch(string text, TimelineKinds kinds, string start, string end, string deadline)
    {
        var parsed = TimelineParser.Parse(text);
        AssertParsed(parsed, kinds, start, end, deadline);
        Assert.Single(parsed.Intervals);
    }

    [Theory]
    [InlineData("Tháng 02/2024", D, "2024-02-01", "2024-02-29", "2024-02-29")]
    [InlineData("Tháng 4/2024", D, "2024-04-01", "2024-04-30", "2024-04-30")]
    [InlineData("tháng 12/2024", D, "2024-12-01", "2024-12-31", "2024-12-31")]
    [InlineData("tháng 02 năm 2023", D, "2023-02-01", "2023-02-28", "2023-02-28")]
    public void Parses_month_with_year(string text, TimelineKinds kinds, string start, string end, string deadline) =>
        AssertParsed(TimelineParser.Parse(text), kinds, start, end, deadline);

    [Theory]
    [InlineData("ngày 05/02/2024", D, "2024-02-05", "2024-02-05", "2024-02-05")]
    [InlineData("5/2/2024", D, "2024-02-05", "2024-02-05", "2024-02-05")]
    [InlineData("ngày 05 tháng 02 năm 2024", D, "2024-02-05", "2024-02-05", "2024-02-05")]
    [InlineData("đến hết ngày 31/12/2023", D, "2023-01-01", "2023-12-31", "2023-12-31")]
    [InlineData("từ ngày 15/03/2022 đến hết ngày 31/12/2022", D, "2022-03-15", "2022-12-31", "2022-12-31")]
    [InlineData("trước ngày 15/3/2024", D, "2024-01-01", "2024-03-14", "2024-03-14")]
    [InlineData("Từ tháng 3 đến tháng 6/2024", D, "2024-03-01", "2024-06-30", "2024-06-30")]
    public void Parses_days_and_ranges(string text, TimelineKinds kinds, string start, string end, string deadline) =>
        AssertParsed(TimelineParser.Parse(text), kinds, start, end, deadline);

    [Theory]
    [InlineData("Trong năm 2020", D, "2020-01-01", "2020-12-31", "2020-12-31")]
    [InlineData("Năm 2024", D, "2024-01-01", "2024-12-31", "2024-12-31")]
    [InlineData("Hoàn thành trong năm 2024", D, "2024-01-01", "2024-12-31", "2024-12-31")]
    [InlineData("giai đoạn 2022 - 2025", D, "2022-01-01", "2025-12-31", "2025-12-31")]
    public void Parses_whole_years(string text, TimelineKinds kinds, string start, string end, string deadline) =>
        AssertParsed(TimelineParser.Parse(text), kinds, start, end, deadline);

    [Theory]
    [InlineData("Hoàn thành trong Quý I/2024 và duy trì thường xuyên", D | C, "2024-01-01", "2024-12-31", "2024-03-31")]
    [InlineData("Quý I/2024 và duy trì thường xuyên", D | C, "2024-01-01", "2024-12-31", "2024-03-31")]
    [InlineData("Hoàn thành trong Quý II/2024 và duy trì thường xuyên", D | C, "2024-04-01", "2024-12-31", "2024-06-30")]
    [InlineData("Tổng rà soát trong Quý I/2024 và duy trì thường xuyên", D | C, "2024-01-01", "2024-12-31", "2024-03-31")]
    [InlineData("Hoàn thành trong tháng 02/2024 và duy trì trong năm", D | C, "2024-02-01", "2024-12-31", "2024-02-29")]
    [InlineData("Hoàn thành kế hoạch trong tháng 02/2024 và tổ chức thực hiện hàng năm", D | R, "2024-02-01", "2024-12-31", "2024-02-29")]
    public void Parses_completion_then_carrying_on_to_year_end(string text, TimelineKinds kinds, string start, string end, string deadline)
    {
        var parsed = TimelineParser.Parse(text);
        AssertParsed(parsed, kinds, start, end, deadline);
        Assert.Equal(2, parsed.Intervals.Count);
        Assert.Equal(parsed.Intervals[0].To.AddDays(1), parsed.Intervals[1].From);
    }

    [Theory]
    [InlineData("Xong trong quý I/2024, triển khai trong quý III, IV/2024", D, "2024-01-01", "2024-12-31", "2024-03-31")]
    [InlineData("Báo cáo UBND tỉnh sơ bộ kế hoạch triển khai trong quý I/2024", D, "2024-01-01", "2024-03-31", "2024-03-31")]
    public void Deadline_is_the_first_dated_part(string text, TimelineKinds kinds, string start, string end, string deadline) =>
        AssertParsed(TimelineParser.Parse(text), kinds, start, end, deadline);

    [Fact]
    public void Parses_schedule_of_reviews_as_recurring_milestones()
    {
        var parsed = TimelineParser.Parse(
            "Sơ kết Quý I - tháng 4/2024; Sơ kết 6 tháng - tháng 7/2024; Sơ kết 9 tháng - tháng 10/2024; Tổng kết - tháng 12/2024");

        AssertParsed(parsed, D | R, "2024-04-01", "2024-12-31", "2024-04-30");
        Assert.Equal(
            [Interval("2024-04-01", "2024-04-30"), Interval("2024-07-01", "2024-07-31"),
             Interval("2024-10-01", "2024-10-31"), Interval("2024-12-01", "2024-12-31")],
            parsed.Intervals);
    }

    [Theory]
    [InlineData("Thường xuyên", C)]
    [InlineData("Khi có chỉ đạo", O)]
    [InlineData("Định kỳ/đột xuất", R | O)]
    [InlineData("Định kỳ/dột xuất", R | O)]
    [InlineData("Các đợt cao điểm", R)]
    [InlineData("Theo kế hoạch", O)]
    [InlineData("Theo chỉ đạo của Bộ GDDT", O)]
    [InlineData("Đôn đốc thường xuyên, kiểm tra 6 tháng 1 lần", C | R)]
    [InlineData("Dột xuất hoặc khi TNGT tăng cao, tình hình trật tự ATGT diễn biến phức tạp", O)]
    [InlineData("Báo cáo đột xuất khi được yêu cầu", O)]
    [InlineData("Kiểm tra 6 tháng/lần", R)]
    [InlineData("ĐỊNH KỲ HẰNG QUÝ", R)]
    public void Undated_text_has_no_deadline_and_spans_the_context_year(string text, TimelineKinds kinds)
    {
        var parsed = TimelineParser.Parse(text, contextYear: 2024);

        AssertParsed(parsed, kinds, "2024-01-01", "2024-12-31", deadline: null);
        Assert.Single(parsed.Intervals);
    }

    [Theory]
    [InlineData("6 tháng đầu năm", D, "2024-01-01", "2024-06-30", "2024-06-30")]
    [InlineData("6 tháng cuối năm", D, "2024-07-01", "2024-12-31", "2024-12-31")]
    [InlineData("Quý II", D, "2024-04-01", "2024-06-30", "2024-06-30")]
    [InlineData("tháng 3", D, "2024-03-01", "2024-03-31", "2024-03-31")]
    [InlineData("Đầu năm học và duy trì trong năm", D | C, "2024-09-01", "2024-12-31", "2024-09-30")]
    public void Uses_context_year_when_the_text_names_none(string text, TimelineKinds kinds, string start, string end, string deadline) =>
        AssertParsed(TimelineParser.Parse(text, contextYear: 2024), kinds, start, end, deadline);

    [Fact]
    public void Named_year_wins_over_context_year() =>
        AssertParsed(TimelineParser.Parse("Quý I/2024", contextYear: 2025), D, "2024-01-01", "2024-03-31", "2024-03-31");

    [Theory]
    [InlineData("Quý II", D)]
    [InlineData("Thường xuyên", C)]
    [InlineData("Khi có chỉ đạo", O)]
    public void Without_any_year_is_understood_but_has_no_dates(string text, TimelineKinds kinds) =>
        AssertParsed(TimelineParser.Parse(text), kinds, start: null, end: null, deadline: null);

    [Theory]
    [InlineData("Thuộc xuyên")]
    [InlineData("Tổng rà soát trong")]
    [InlineData("IV/2024")]
    [InlineData("Sau khi hoàn thành dự án")]
    [InlineData("30/02/2024")]
    [InlineData("ngày 29/02/2023")]
    [InlineData("Quý V/2024")]
    [InlineData("tháng 13/2024")]
    [InlineData("Hoàn thành trong tháng 0/2024 và duy trì thường xuyên")]
    [InlineData("từ tháng 6 đến tháng 3/2024")]
    [InlineData("")]
    [InlineData("   ")]
    public void Unparseable_text_is_kept_and_reported_not_understood(string text)
    {
        var parsed = TimelineParser.Parse(text, contextYear: 2024);

        Assert.False(parsed.Understood);
        Assert.Equal(text, parsed.Text);
        Assert.Equal(TimelineKinds.None, parsed.Kinds);
        Assert.Empty(parsed.Intervals);
        Assert.Null(parsed.Deadline);
    }

    [Theory]
    [InlineData("QUÝ I/2024")]
    [InlineData("quý i/2024")]
    [InlineData("Quy I/2024")]
    [InlineData("Qu\u00FD I/2024")]
    [InlineData("Quy\u0301 I/2024")]
    [InlineData("  Quý   I / 2024 ")]
    public void Ignores_capitals_marks_and_spacing(string text) =>
        AssertParsed(TimelineParser.Parse(text), D, "2024-01-01", "2024-03-31", "2024-03-31");

    [Fact]
    public void Reads_decomposed_input_and_keeps_it_as_written()
    {
        var decomposed = "Hoàn thành trong Quý I/2024 và duy trì thường xuyên".Normalize(NormalizationForm.FormD);

        var parsed = TimelineParser.Parse(decomposed);

        Assert.Equal(decomposed, parsed.Text);
        AssertParsed(parsed, D | C, "2024-01-01", "2024-12-31", "2024-03-31");
    }

    [Fact]
    public void Null_text_is_not_understood_rather_than_thrown() =>
        Assert.False(TimelineParser.Parse(null!).Understood);

    private static void AssertParsed(ParsedTimeline parsed, TimelineKinds kinds, string? start, string? end, string? deadline)
    {
        Assert.True(parsed.Understood, $"not understood: {parsed.Text}");
        Assert.Equal(kinds, parsed.Kinds);
        Assert.Equal(Date(start), parsed.Start);
        Assert.Equal(Date(end), parsed.End);
        Assert.Equal(Date(deadline), parsed.Deadline);
    }

    private static DateOnly? Date(string? iso) =>
        iso is null ? null : DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateInterval Interval(string from, string to) => new(Date(from)!.Value, Date(to)!.Value);
}
