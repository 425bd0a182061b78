using PlanGen.Core;
using PlanGen.Core.Build;
using PlanGen.Core.Diagnostics;
using PlanGen.Docx;
using PlanGen.Tests.Check;
using PlanGen.Tests.Docx;
using PlanGen.Tests.Support;
using Snapshooter;
using Snapshooter.Xunit;

namespace PlanGen.Tests.Reports;

/// <summary>
/// The example reports validate with no finding, build with the built-in template into a DOCX that
/// is schema-valid and that <c>check</c> passes, and are pinned by their layout markup and a
/// readable dump of the DOCX (as the example plans are).
/// </summary>
public sealed class ReportExampleTests
{
    private const string CongAn = "lao-cai-2024/bc-cong-an-tinh-6-thang-2024.yaml";

    private static readonly string Folder = Path.Combine(TestPaths.Repository, "tests", "PlanGen.Tests", "Reports");

    public static TheoryData<string> Examples() => ExampleBuilds.Relative(TestPaths.ExampleReports());

    private static RenderedPlan Build(string example, DiagnosticBag bag) => ExampleBuilds.Built(example, bag);

    private static SnapshotFullName Name(string kind, string example) =>
        new($"{kind}.bao-cao.{Path.GetFileNameWithoutExtension(example)}.snap", Folder);

    [Fact]
    public void The_examples_hold_a_report() => Assert.Contains(CongAn, Examples());

    [Theory]
    [MemberData(nameof(Examples))]
    public void An_example_report_builds_with_no_finding_and_passes_check(string example) =>
        ExampleBuilds.AssertBuildsCleanAndPassesCheck(example);

    [Theory]
    [MemberData(nameof(Examples))]
    public void Layout_markup_matches_its_snapshot(string example) =>
        Snapshot.Match(Build(example, new DiagnosticBag()).Markup, Name("markup", example));

    [Theory]
    [MemberData(nameof(Examples))]
    public void Docx_dump_matches_its_snapshot(string example)
    {
        using var docx = new MemoryStream(Build(example, new DiagnosticBag()).Docx);
        Snapshot.Match(DocxDump.ToText(docx), Name("docx", example));
    }

    [Fact]
    public void The_report_prints_kinh_gui_the_window_and_each_change_in_words()
    {
        using var docx = new WrittenDocx(Build(CongAn, new DiagnosticBag()).Docx);

        var addressee = docx.Paragraph("Kính gửi: Ủy ban nhân dân tỉnh Lào Cai");
        Assert.Equal("Addressee", addressee.ParagraphProperties?.ParagraphStyleId?.Val?.Value);
        docx.Paragraph("Số liệu từ ngày 15/12/2023 đến ngày 14/6/2024:");
        docx.Paragraph("giảm 08 vụ (-11,43%)");
        docx.Paragraph("không thay đổi");
        docx.Paragraph("1.163");
        docx.Paragraph("tăng 24.518 trường hợp");
        docx.Paragraph("(Kèm theo Báo cáo số 215/BC-CAT ngày 18/6/2024 của Công an tỉnh)");
    }

    [Fact]
    public void A_report_on_the_plans_docx_is_checked_as_on_its_yaml()
    {
        using var folder = new TempFolder();
        File.WriteAllBytes(folder.File("ke-hoach-68.docx"), ExampleBuilds.Render("lao-cai-2024/ubnd-tinh-atgt-2024.yaml").Docx);
        File.Copy(Path.Combine(TestPaths.Examples, "lao-cai-2024", "units.yaml"), folder.File("units.yaml"));
        var report = folder.File("report.yaml");
        File.WriteAllText(report, File.ReadAllText(ExampleBuilds.PathOf(CongAn))
            .Replace("reports_on: ubnd-tinh-atgt-2024.yaml", "reports_on: ke-hoach-68.docx", StringComparison.Ordinal));
        var onYaml = Build(CongAn, new DiagnosticBag());
        var bag = new DiagnosticBag();

        var onDocx = Build(report, bag);

        Assert.Empty(bag.Items);
        Assert.Equal(onYaml.Markup, onDocx.Markup);
    }

    [Fact]
    public void A_report_on_a_plan_that_cannot_be_read_writes_nothing()
    {
        using var folder = new TempFolder();
        var report = folder.File("report.yaml");
        File.WriteAllText(report, File.ReadAllText(ExampleBuilds.PathOf(CongAn))
            .Replace("units: units.yaml\n", "", StringComparison.Ordinal)
            .Replace("reports_on: ubnd-tinh-atgt-2024.yaml", "reports_on: khong-co.yaml", StringComparison.Ordinal));
        var bag = new DiagnosticBag();

        var rendered = PlanBuild.Check(TestRun.New(), report, null, bag);

        Assert.Null(rendered);
        var error = Assert.Single(bag.Items);
        Assert.Equal(DiagnosticCode.ReportedPlanNotFound, error.Code);
        Assert.StartsWith("reports_on:", File.ReadLines(report).ElementAt(error.Span.StartLine), StringComparison.Ordinal);
    }
}
