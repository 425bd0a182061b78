using PlanGen.Core.Format;
using PlanGen.Core.Model;
using PlanGen.Core.Reports;
using PlanGen.Core.Reports.Schedule;

namespace PlanGen.Tests.Reports;

/// <summary>
/// Kỳ báo cáo as clerks write it, the window its figures count by the cut-off rule, and the day the
/// report is due by the due rule, on the calendar of 2024 (Friday 14 June, Thursday 20 June).
/// </summary>
public sealed class ReportScheduleTests
{
    [Theory]
    [InlineData("2024-06", ReportCycle.Month, 6)]
    [InlineData("tháng 6/2024", ReportCycle.Month, 6)]
    [InlineData("Tháng 06 năm 2024", ReportCycle.Month, 6)]
    [InlineData("2024-q2", ReportCycle.Quarter, 2)]
    [InlineData("Quý II/2024", ReportCycle.Quarter, 2)]
    [InlineData("quý 4 năm 2024", ReportCycle.Quarter, 4)]
    [InlineData("2024-6m", ReportCycle.SixMonths, 0)]
    [InlineData("6 tháng đầu năm 2024", ReportCycle.SixMonths, 0)]
    [InlineData("2024-9m", ReportCycle.NineMonths, 0)]
    [InlineData("2024", ReportCycle.Year, 0)]
    [InlineData("năm 2024", ReportCycle.Year, 0)]
    public void A_period_is_read_as_clerks_write_it(string text, ReportCycle cycle, int index)
    {
        var period = ReportPeriods.Parse(text);

        Assert.NotNull(period);
        Assert.Equal((cycle, 2024, index), (period.Cycle, period.Year, period.Index));
    }

    // One list of words: what a clerk writes as the period, said in a report's subject, is the same period.
    [Theory]
    [InlineData("tháng 6 năm 2024")]
    [InlineData("tháng 6/2024")]
    [InlineData("Quý II/2024")]
    [InlineData("quý 2 năm 2024")]
    [InlineData("6 tháng đầu năm 2024")]
    [InlineData("9 tháng năm 2024")]
    [InlineData("năm 2024")]
    [InlineData("cả năm 2024")]
    public void A_period_in_words_is_the_same_period_inside_a_reports_subject(string words)
    {
        var subject = "BÁO CÁO Kết quả thực hiện công tác bảo đảm trật tự, an toàn giao thông " + words;

        Assert.NotNull(ReportPeriods.Parse(words));
        Assert.Equal(ReportPeriods.Parse(words), ReportPeriods.Named(subject));
        Assert.Equal(ReportPeriods.Parse(words), ReportPeriods.Named(subject.ToUpperInvariant()));
    }

    [Theory]
    [InlineData("2024-13")]
    [InlineData("2024-q5")]
    [InlineData("2024-7m")]
    [InlineData("sáu tháng")]
    [InlineData("")]
    public void A_text_that_names_no_period_is_not_read(string text) => Assert.Null(ReportPeriods.Parse(text));

    [Theory]
    [InlineData("2024-06", "tháng 6 năm 2024", "2024-06")]
    [InlineData("2024-02", "tháng 02 năm 2024", "2024-02")]
    [InlineData("Quý II/2024", "quý II năm 2024", "2024-q2")]
    [InlineData("2024-6m", "6 tháng đầu năm 2024", "2024-6m")]
    [InlineData("2024", "năm 2024", "2024")]
    public void A_period_is_named_as_a_report_names_it_and_written_back_short(string text, string name, string shortForm)
    {
        var period = ReportPeriods.Parse(text)!;

        Assert.Equal(name, ReportPeriods.Name(period));
        Assert.Equal(shortForm, ReportPeriods.ShortForm(period));
        Assert.Equal("Cùng kỳ năm 2023", ReportPeriods.SamePeriodLastYear(period));
    }

    [Theory]
    [InlineData("2024-06", 14, "2024-05-15", "2024-06-14")]
    [InlineData("2024-01", 14, "2023-12-15", "2024-01-14")]
    [InlineData("2024-q2", 14, "2024-03-15", "2024-06-14")]
    [InlineData("2024-6m", 14, "2023-12-15", "2024-06-14")]
    [InlineData("2024-9m", 14, "2023-12-15", "2024-09-14")]
    [InlineData("2024", 14, "2023-12-15", "2024-12-14")]
    [InlineData("2024-02", 31, "2024-02-01", "2024-02-29")]
    [InlineData("2024", 31, "2024-01-01", "2024-12-31")]
    [InlineData("2024-03", 30, "2024-03-01", "2024-03-30")]
    public void The_window_runs_from_the_day_after_the_cut_off_to_the_cut_off(string text, int cutOff, string from, string to)
    {
        var window = ReportWindow.Of(ReportPeriods.Parse(text)!, cutOff);

        Assert.Equal((DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture)), (window.From, window.To));
    }

    [Theory]
    [InlineData("trước ngày 20", "2024-06-14", "2024-06-19")]
    [InlineData("ngày 20", "2024-06-14", "2024-06-20")]
    [InlineData("2 ngày làm việc sau ngày chốt số liệu", "2024-06-14", "2024-06-18")]
    [InlineData("before the 20th", "2024-04-14", "2024-04-19")]
    [InlineData("ngày 20", "2024-04-14", "2024-04-22")]
    [InlineData("trước ngày 1", "2024-04-14", "2024-04-29")]
    [InlineData("2 ngày làm việc", "2024-04-26", "2024-05-02")]
    public void The_due_date_follows_the_due_rule_on_working_days(string rule, string cutOff, string due)
    {
        var parsed = DueRules.Parse(rule);

        Assert.NotNull(parsed);
        Assert.Equal(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture),
            DueDates.Of(parsed, DateOnly.Parse(cutOff, System.Globalization.CultureInfo.InvariantCulture), DaysOff.Fixed));
    }

    [Fact]
    public void Listed_days_off_move_the_due_date()
    {
        // Tết 2024: 8–14 February; the figures of January cut off on the 14th.
        var tet = new DaysOff(Enumerable.Range(8, 7).Select(d => new DateOnly(2024, 2, d)));

        Assert.Equal(new DateOnly(2024, 2, 16), DueDates.Of(new DueRule(DueRuleForm.WorkingDays, 2), new DateOnly(2024, 2, 14), tet));
        Assert.Equal(new DateOnly(2024, 2, 19), DueDates.Of(new DueRule(DueRuleForm.OnDay, 17), new DateOnly(2024, 2, 14), tet));
    }

    [Fact]
    public void The_most_particular_setting_wins_and_the_defaults_fill_the_rest()
    {
        var plan = ReportingRule.None with { CutOffDay = 31 };
        var province = ReportingRule.None with { CutOffDay = 20, Due = new DueRule(DueRuleForm.OnDay, 25) };

        var rule = EffectiveRule.Of(plan, null, province);
        var defaults = EffectiveRule.Of();

        Assert.Equal((31, DueRuleForm.OnDay, 25), (rule.CutOffDay, rule.Due.Form, rule.Due.Value));
        Assert.Equal((14, DueRuleForm.BeforeDay, 20), (defaults.CutOffDay, defaults.Due.Form, defaults.Due.Value));
        Assert.Equal([ReportCycle.SixMonths, ReportCycle.Year], defaults.Cycles);
    }
}
