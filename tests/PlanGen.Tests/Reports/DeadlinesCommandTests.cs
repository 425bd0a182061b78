using System.Text;
using Ical.Net;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Format;
using PlanGen.Core.Model;
using PlanGen.Core.Reports;
using PlanGen.Core.Text;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Reports;

/// <summary>
/// <c>plangen deadlines</c> over the Lào Cai plan and its two sub-plans: report due dates as the
/// reporting rule gives them, task timelines, a CSV Excel reads, and a calendar an iCalendar
/// library accepts; a plan that cannot be read writes nothing.
/// </summary>
public sealed class DeadlinesCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public DeadlinesCommandTests()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(TestPaths.Examples, "lao-cai-2024"), "*.yaml"))
        {
            File.Copy(file, _folder.File(Path.GetFileName(file)));
        }
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_units_report_is_due_on_the_day_report_init_gives_it()
    {
        var plan = _folder.File("ubnd-tinh-atgt-2024.yaml");
        var started = ReportStarter.Start(TestRun.New(), plan, "Công an tỉnh", ReportPeriods.Parse("2024-6m")!, _folder.File("bc.yaml"), new DiagnosticBag())!;

        var run = CliRun.Of("deadlines", plan, "--format", "csv", "--lang", "en");

        Assert.Equal(0, run.ExitCode);
        var due = started.Due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"{due},{due},Report due,68/KH-UBND,2024-6m,Công an tỉnh Lào Cai,,Báo cáo 6 tháng đầu năm 2024", run.Out.Split("\r\n"));
    }

    [Fact]
    public void The_calendar_parses_as_all_day_events_with_distinct_ids_and_vietnamese_summaries()
    {
        var run = CliRun.Of("deadlines", _folder.Path, "--format", "ics", "--lang", "vi");

        Assert.Equal(0, run.ExitCode);
        var calendar = Calendar.Load(run.Out)!;
        var events = calendar.Events.ToList();
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.False(e.DtStart!.HasTime));
        Assert.Equal(events.Count, events.Select(e => e.Uid).Distinct().Count());
        Assert.All(events, e => Assert.True(UnicodeNormalization.IsNfc(e.Summary!)));
        var police = Assert.Single(events, e => e.Summary == "Hạn gửi báo cáo 6 tháng đầu năm 2024 – Công an tỉnh Lào Cai (68/KH-UBND)");
        Assert.Equal(new DateOnly(2024, 6, 19), DateOnly.FromDateTime(police.DtStart!.Value));
        Assert.Equal(new DateOnly(2024, 1, 31), DateOnly.FromDateTime(police.DtStamp!.Value));
        var cameras = Assert.Single(events, e => e.Summary!.StartsWith("Nhiệm vụ I.7.2 (112/KH-CAT)", StringComparison.Ordinal));
        Assert.Equal(new DateOnly(2024, 10, 1), DateOnly.FromDateTime(cameras.DtStart!.Value));
        Assert.Equal(new DateOnly(2025, 1, 1), DateOnly.FromDateTime(cameras.DtEnd!.Value));
    }

    [Fact]
    public void The_calendar_leaves_out_timelines_with_no_date_and_says_how_many()
    {
        var table = CliRun.Of("deadlines", _folder.Path, "--lang", "en");
        var ics = CliRun.Of("deadlines", _folder.Path, "--format", "ics", "--lang", "en");

        var undated = table.Out.Split('\n').Count(l => l.StartsWith("no set date", StringComparison.Ordinal));
        Assert.True(undated > 0);
        Assert.Contains($"{undated} timelines name no date (such as Thường xuyên) and are not in the calendar", ics.Error);
        var dated = table.Out.Split('\n').Count(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^\d\d/\d\d/\d{4}"));
        Assert.Equal(dated, Calendar.Load(ics.Out)!.Events.Count);
    }

    [Fact]
    public void The_same_plans_give_the_same_calendar_bytes_on_every_run()
    {
        var first = CliRun.Of("deadlines", _folder.Path, "--format", "ics", "-o", _folder.File("a.ics"));
        var second = CliRun.Of("deadlines", _folder.Path, "--format", "ics", "-o", _folder.File("b.ics"));

        Assert.Equal(0, first.ExitCode + second.ExitCode);
        Assert.Equal(File.ReadAllBytes(_folder.File("a.ics")), File.ReadAllBytes(_folder.File("b.ics")));
        Assert.DoesNotContain("DTSTAMP:" + DateTime.UtcNow.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture), File.ReadAllText(_folder.File("a.ics")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_csv_starts_with_a_byte_order_mark_and_lists_ongoing_work_without_dates()
    {
        var path = _folder.File("han.csv");

        var run = CliRun.Of("deadlines", _folder.Path, "--format", "csv", "-o", path, "--lang", "vi");

        Assert.Equal(0, run.ExitCode);
        var bytes = File.ReadAllBytes(path);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.Equal("Từ ngày,Đến ngày,Loại,Kế hoạch,Mã,Đơn vị,Thời gian thực hiện,Nội dung", lines[0]);
        Assert.Contains(lines, l => l.StartsWith(",,Nhiệm vụ,112/KH-CAT,IV.2,Công an tỉnh,Thường xuyên,", StringComparison.Ordinal));
    }

    [Fact]
    public void A_plan_that_cannot_be_read_is_an_error_at_its_place_and_nothing_is_written()
    {
        var plan = _folder.File("ubnd-tinh-atgt-2024.yaml");
        File.WriteAllText(plan, File.ReadAllText(plan).Replace("date: 2024-01-31", "date: 2024-02-30", StringComparison.Ordinal));
        var output = _folder.File("han.ics", "giữ nguyên");

        var run = CliRun.Of("deadlines", _folder.Path, "--format", "ics", "-o", output, "--force", "--lang", "en");

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"ubnd-tinh-atgt-2024\.yaml\(\d+,\d+\): error PG\d{4}: '2024-02-30' is not a valid date", run.Error);
        Assert.Equal("giữ nguyên", File.ReadAllText(output));
        Assert.Empty(run.Out);
    }

    [Fact]
    public void Reports_in_a_folder_are_passed_over_as_their_dates_are_their_plans()
    {
        var run = CliRun.Of("deadlines", _folder.Path, "--lang", "en");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("PG2215", run.Error, StringComparison.Ordinal);
        Assert.Contains("| 25/KH-SGDĐT |", run.Out, StringComparison.Ordinal);
    }
}
