using PlanGen.Core.Document.Grammar;
using PlanGen.Core;
using PlanGen.Core.Build;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Format;
using PlanGen.Core.Model;
using PlanGen.Core.Reports.Aggregation;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Reports;

/// <summary>
/// <c>plangen report aggregate</c> over the Lào Cai units' six-month reports: each task's results
/// attributed, the lead unit's first; the police's accident figures taken once though the
/// department of education repeats one (PG2220); the units still to report listed and exit 1.
/// </summary>
public sealed class ReportAggregateTests : IDisposable
{
    private static readonly string LaoCai = Path.Combine(TestPaths.Examples, "lao-cai-2024");
    private static readonly string Plan = Path.Combine(LaoCai, "ubnd-tinh-atgt-2024.yaml");
    private static readonly string Police = Path.Combine(LaoCai, "bc-cong-an-tinh-6-thang-2024.yaml");
    private static readonly string Education = Path.Combine(LaoCai, "bc-so-gddt-6-thang-2024.yaml");

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private AggregatedReport Aggregate(DiagnosticBag bag, params string[] reports)
    {
        var draft = ReportAggregator.Aggregate(TestRun.New(), Plan, reports, _folder.File("bc-tong-hop.yaml"), bag);
        Assert.NotNull(draft);
        return draft;
    }

    // An example report copied to the temporary folder, still on the example plan, with one change.
    private string Copy(string report, string name, string text, string replacement)
    {
        var path = _folder.File(name);
        File.WriteAllText(path, File.ReadAllText(report)
            .Replace("reports_on: ubnd-tinh-atgt-2024.yaml", "reports_on: " + Plan, StringComparison.Ordinal)
            .Replace("units: units.yaml", "units: " + Path.Combine(LaoCai, "units.yaml"), StringComparison.Ordinal)
            .Replace(text, replacement, StringComparison.Ordinal));
        return path;
    }

    private static Report Read(AggregatedReport draft, DiagnosticBag bag)
    {
        File.WriteAllText(draft.Path, draft.Yaml);
        return Assert.IsType<Report>(DocumentPipeline.Check(TestRun.New(), draft.Path, bag));
    }

    [Fact]
    public void Each_task_gets_every_units_result_attributed_the_lead_first()
    {
        var bag = new DiagnosticBag();
        var draft = Aggregate(bag, Education, Police);

        var report = Read(draft, new DiagnosticBag());

        var task = report.Tasks.Single(t => t.TaskId == "III.2.3");
        Assert.Equal(TaskState.Ongoing, task.State);
        Assert.Equal(2, task.Result.Count);
        Assert.StartsWith("Công an tỉnh (chủ trì): ", task.Result[0], StringComparison.Ordinal);
        Assert.StartsWith("Sở GD&ĐT (chủ trì): ", task.Result[1], StringComparison.Ordinal);
        var supported = report.Tasks.Single(t => t.TaskId == "I.4");
        Assert.Equal(["Công an tỉnh (chủ trì): ", "Sở GD&ĐT (phối hợp): "], supported.Result.Select(r => r[..(r.IndexOf(':', StringComparison.Ordinal) + 2)]));
        Assert.Equal(["Công an tỉnh Lào Cai", "Sở Giáo dục và Đào tạo"], draft.Reported.Select(u => u.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_owned_figure_is_its_owners_count_and_the_repetition_is_named()
    {
        var bag = new DiagnosticBag();
        var draft = Aggregate(bag, Police, Education);

        var report = Read(draft, new DiagnosticBag());

        Assert.Equal((62L, 70L), (report.Figures.Single(f => f.Id == "tngt-so-vu").ThisPeriod, report.Figures.Single(f => f.Id == "tngt-so-vu").LastYear));
        var warning = Assert.Single(bag.Items, d => d.Code == DiagnosticCode.FigureCountedOnce);
        Assert.Equal(Education, warning.Span.File);
        Assert.Equal(["Số vụ tai nạn giao thông", "Công an tỉnh, Sở GD&ĐT", "Công an tỉnh"], warning.Arguments);
        Assert.Equal(4L, report.Figures.Single(f => f.Name == "Số vụ tai nạn giao thông liên quan đến học sinh").ThisPeriod);
    }

    [Fact]
    public void A_figure_no_unit_owns_is_the_sum_of_the_units_counts()
    {
        var education = Copy(Education, "bc-so-gddt.yaml", "figures:\n", "figures:\n  - name: Số vụ va chạm giao thông\n    measure: vụ\n    this_period: 10\n    last_year: 5\n");

        var report = Read(Aggregate(new DiagnosticBag(), Police, education), new DiagnosticBag());

        var sum = report.Figures.Single(f => f.Name == "Số vụ va chạm giao thông");
        Assert.Equal((1173L, 1095L), (sum.ThisPeriod, sum.LastYear));
    }

    [Fact]
    public void Without_the_owners_report_its_figure_is_left_out_and_the_owner_is_listed()
    {
        var bag = new DiagnosticBag();
        var draft = Aggregate(bag, Education);

        var report = Read(draft, new DiagnosticBag());

        Assert.DoesNotContain(report.Figures, f => f.Id == "tngt-so-vu");
        Assert.Contains(bag.Items, d => d.Code == DiagnosticCode.FigureOwnerNotReported && d.Arguments[1] == "Công an tỉnh Lào Cai");
        Assert.Contains(draft.NotReported, u => u.Id == "cong-an-tinh");
        Assert.Contains(bag.Items, d => d.Code == DiagnosticCode.UnitNotReported && d.Arguments[0] == "Công an tỉnh Lào Cai");
        Assert.True(draft.HasGaps);
    }

    [Fact]
    public void Documents_that_are_not_reports_on_this_plan_for_this_period_are_left_out()
    {
        var other = Copy(Police, "bc-quy-2.yaml", "period: 2024-6m", "period: 2024-q2");
        var bag = new DiagnosticBag();

        var draft = Aggregate(bag, Education, other, Path.Combine(LaoCai, "so-gddt.yaml"),
            Path.Combine(TestPaths.Cases("Reports"), "pass-all-rules", "report.yaml"));

        Assert.Equal(["so-gddt"], draft.Reported.Select(u => u.Id));
        Assert.Contains(bag.Items, d => d.Code == DiagnosticCode.ReportOfAnotherPeriod && d.Arguments[0] == "bc-quy-2.yaml");
        Assert.Contains(bag.Items, d => d.Code == DiagnosticCode.NotAReport && d.Arguments[0] == "so-gddt.yaml");
        Assert.Contains(bag.Items, d => d.Code == DiagnosticCode.ReportOnAnotherPlan && d.Arguments[0] == "report.yaml");
    }

    [Fact]
    public void The_example_provinces_report_holds_what_aggregate_makes_of_its_units_reports()
    {
        var example = Path.Combine(LaoCai, "bc-tong-hop-6-thang-2024.yaml");
        var draft = ReportAggregator.Aggregate(TestRun.New(), Plan, [Police, Education], example, new DiagnosticBag())!;
        var made = ReportLoader.ReadText(draft.Yaml, example, new DiagnosticBag())!;

        var written = Assert.IsType<Report>(DocumentPipeline.Check(TestRun.New(), example, new DiagnosticBag()));

        Assert.Equal(made.Figures.Select(Figure), written.Figures.Select(Figure));
        // Every task the units reported on is the command's; the province adds the ones it leads itself.
        foreach (var task in made.Tasks)
        {
            var kept = written.Tasks.Single(t => t.TaskId == task.TaskId);
            Assert.Equal((task.State, string.Join("\n", task.Result), string.Join("\n", task.Documents.Select(d => d.ToText()))),
                (kept.State, string.Join("\n", kept.Result), string.Join("\n", kept.Documents.Select(d => d.ToText()))));
        }
        Assert.Equal(["II.4"], written.Tasks.Select(t => t.TaskId).Except(made.Tasks.Select(t => t.TaskId)));
    }

    private static (string?, string, string?, long?, long?) Figure(Figure f) => (f.Id, f.Name, f.Measure, f.ThisPeriod, f.LastYear);

    [Theory]
    [InlineData("en", "warning PG2222: Sở Giáo dục và Đào tạo has not reported")]
    [InlineData("vi", "cảnh báo PG2222: Sở Giáo dục và Đào tạo chưa gửi báo cáo")]
    public void Without_one_units_report_the_command_exits_1_and_names_the_unit(string language, string named)
    {
        var output = _folder.File("draft.yaml");

        var run = CliRun.Of("report", "aggregate", Plan, Police, "-o", output, "--lang", language);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(named, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_sent_as_docx_put_together_as_their_yaml_does()
    {
        var sent = new[] { Police, Education }.Select(Sent).ToArray();
        var fromYaml = Aggregate(new DiagnosticBag(), Police, Education);
        var bag = new DiagnosticBag();

        var fromDocx = Aggregate(bag, sent);

        Assert.Equal(fromYaml.Yaml, fromDocx.Yaml);
        Assert.Equal(fromYaml.NotReported.Select(u => u.Id), fromDocx.NotReported.Select(u => u.Id));
        var warning = Assert.Single(bag.Items, d => d.Code == DiagnosticCode.FigureCountedOnce);
        Assert.Equal(["Số vụ tai nạn giao thông", "Công an tỉnh, Sở GD&ĐT", "Công an tỉnh"], warning.Arguments);
    }

    [LibreOfficeFact]
    public void Reports_sent_as_pdf_put_together_as_their_yaml_does()
    {
        var sent = new[] { Police, Education }.Select(Sent).ToArray();
        LibreOffice.ConvertToPdf(_folder.Path, sent);

        var fromPdf = Aggregate(new DiagnosticBag(), [.. sent.Select(d => Path.ChangeExtension(d, ".pdf"))]);

        Assert.Equal(Aggregate(new DiagnosticBag(), Police, Education).Yaml, fromPdf.Yaml);
    }

    [Theory]
    [InlineData("vi", "cảnh báo PG6065: Báo cáo 'bc-cong-an-tinh-6-thang-2024.docx' không nêu kế hoạch mà nó báo cáo", "về kế hoạch 'ubnd-tinh-atgt-2024.yaml'")]
    [InlineData("en", "warning PG6065: The report 'bc-cong-an-tinh-6-thang-2024.docx' does not say which plan it reports on", "as a report on 'ubnd-tinh-atgt-2024.yaml'")]
    public void A_units_docx_that_cites_no_plan_is_put_together_as_on_the_plan_given_and_named(string language, string warning, string plan)
    {
        var sent = Sent(Police);
        WithoutCitation(sent);
        var output = _folder.File("draft.yaml");

        var run = CliRun.Of("report", "aggregate", Plan, sent, Education, "-o", output, "--lang", language);

        Assert.Contains(warning, run.Error, StringComparison.Ordinal);
        Assert.Contains(plan, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("PG1005", run.Error, StringComparison.Ordinal);
        var draft = File.ReadAllText(output);
        // The police's results are in the draft, beside the department of education's.
        Assert.Contains("(chủ trì): Tổ chức 03 đợt cao điểm tuần tra", draft, StringComparison.Ordinal);
        Assert.Contains("Sở GD&ĐT (", draft, StringComparison.Ordinal);
    }

    // The police's report as a unit might send it: its opening says what it reports without citing the plan.
    private static void WithoutCitation(string docx)
    {
        const string Cited = "Thực hiện Kế hoạch số 68/KH-UBND ngày 31/01/2024 của Ủy ban nhân dân tỉnh Lào Cai về bảo đảm an toàn giao thông năm 2024, Công an tỉnh báo cáo kết quả thực hiện 6 tháng đầu năm 2024 như sau:";
        using var zip = System.IO.Compression.ZipFile.Open(docx, System.IO.Compression.ZipArchiveMode.Update);
        var entry = zip.GetEntry("word/document.xml")!;
        string xml;
        using (var reader = new StreamReader(entry.Open())) xml = reader.ReadToEnd();
        Assert.Contains(Cited, xml, StringComparison.Ordinal);
        entry.Delete();
        using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
        writer.Write(xml.Replace(Cited, "Công an tỉnh báo cáo kết quả công tác bảo đảm trật tự, an toàn giao thông 6 tháng đầu năm 2024 như sau:", StringComparison.Ordinal));
    }

    // The DOCX a unit sends: its report built, in a folder of its own.
    private string Sent(string report)
    {
        var path = _folder.File(Path.ChangeExtension(Path.GetFileName(report), ".docx"));
        File.WriteAllBytes(path, PlanGen.Core.Build.PlanBuild.Check(TestRun.New(), report, null, new DiagnosticBag())!.Docx);
        return path;
    }

    [Fact]
    public void The_command_writes_the_draft_and_exits_1_while_units_have_not_reported()
    {
        var output = _folder.File("draft.yaml");

        var run = CliRun.Of("report", "aggregate", Plan, Police, Education, "-o", output, "--lang", "en");

        Assert.Equal(1, run.ExitCode);
        Assert.True(File.Exists(output));
        Assert.Contains("PG2222", run.Error, StringComparison.Ordinal);
        Assert.Equal($"Wrote {output}: 2 reports put together; 10 lead units have not reported; 0 led tasks have no status.", run.Out.Trim());
        var bag = new DiagnosticBag();
        Assert.NotNull(PlanGen.Core.Build.PlanBuild.Check(TestRun.New(), output, null, bag));
        Assert.False(bag.HasErrors);
    }

    [Fact]
    public void The_command_exits_0_when_every_lead_unit_has_reported_every_led_task()
    {
        var cases = TestPaths.Cases("Reports");
        var output = _folder.File("draft.yaml");

        var run = CliRun.Of("report", "aggregate", Path.Combine(cases, "plan.yaml"), Path.Combine(cases, "pass-all-rules", "report.yaml"),
            Path.Combine(cases, "PG2211-task-not-assigned", "report.yaml"), "-o", output, "--lang", "vi");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"Đã ghi {output}: tổng hợp 2 báo cáo; 0 đơn vị chủ trì chưa báo cáo; 0 nhiệm vụ chủ trì chưa có tình trạng.", run.Out.Trim());
    }
}
