using DocumentFormat.OpenXml.Wordprocessing;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Hierarchy;
using PlanGen.Tests.Docx;
using PlanGen.Tests.Support;
using PlanGen.Core.Hierarchy.Coverage;

namespace PlanGen.Tests.Hierarchy;

/// <summary><c>plangen coverage --format docx</c> over a scratch copy of the Lào Cai plans.</summary>
public sealed class CoverageDocxTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly string _parent;

    public CoverageDocxTests()
    {
        var source = Path.Combine(TestPaths.Examples, "lao-cai-2024");
        foreach (var file in Directory.EnumerateFiles(source, "*.yaml"))
        {
            _temp.File(Path.GetFileName(file), File.ReadAllText(file));
        }
        _parent = Path.Combine(_temp.Path, "ubnd-tinh-atgt-2024.yaml");
    }

    public void Dispose() => _temp.Dispose();

    private CliRun Coverage(string output, params string[] more) =>
        CliRun.Of(["coverage", _parent, _temp.Path, "--format", "docx", "-o", output, .. more]);

    private static List<List<string>> Rows(WrittenDocx docx) =>
        [.. docx.Body.Elements<Table>().Single().Elements<TableRow>()
            .Select(r => r.Elements<TableCell>().Select(c => string.Join("\n", c.Elements<Paragraph>().Select(Text))).ToList())];

    /// <summary>A paragraph's text, line breaks as \n.</summary>
    private static string Text(Paragraph paragraph) =>
        string.Concat(paragraph.Descendants().Select(e => e switch { Text t => t.Text, Break => "\n", _ => "" }));

    [Fact]
    public void Writes_a_schema_valid_landscape_report_and_exits_as_the_other_formats()
    {
        var output = _temp.File("out/bao-cao.docx");

        var run = Coverage(output);

        Assert.Equal(1, run.ExitCode); // the police plan skips a task on purpose
        Assert.Equal(output + "\n", run.Out.ReplaceLineEndings("\n"));
        Assert.Equal("", run.Error);
        using var docx = new WrittenDocx(File.ReadAllBytes(output));
        var size = Assert.Single(docx.Sections).GetFirstChild<PageSize>()!;
        Assert.Equal(PageOrientationValues.Landscape, size.Orient!.Value);
        Assert.True(size.Width!.Value > size.Height!.Value);
    }

    [Fact]
    public void Report_has_a_title_block_and_no_issuer_header()
    {
        var output = _temp.File("bao-cao.docx");
        Coverage(output);

        using var docx = new WrittenDocx(File.ReadAllBytes(output));

        Assert.True(docx.Look("BÁO CÁO").Bold);
        var subject = docx.Body.Elements<Paragraph>().Select(Text).Single(t => t.StartsWith("Tình hình triển khai ", StringComparison.Ordinal));
        Assert.StartsWith("Tình hình triển khai Kế hoạch số 68/KH-UBND ngày 31/01/2024 của ", subject, StringComparison.Ordinal);
        Assert.DoesNotContain(docx.Body.Descendants<Text>(), t => t.Text.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", StringComparison.Ordinal));
        Assert.Equal(["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đã triển khai (kế hoạch)", "Chưa triển khai"], Rows(docx)[0]);
    }

    [Fact]
    public void Holds_a_group_row_per_parent_group_and_every_task_with_its_takers_and_missing_units()
    {
        var output = _temp.File("bao-cao.docx");
        Coverage(output);
        var report = CoverageAnalyzer.Analyze(TestRun.New(), _parent, [.. Directory.EnumerateFiles(_temp.Path, "*.yaml").Where(f => f != _parent).Order(StringComparer.Ordinal)], new DiagnosticBag())!;

        using var docx = new WrittenDocx(File.ReadAllBytes(output));

        var rows = Rows(docx).Skip(1).ToList();
        Assert.Equal(report.Groups.Count + report.Rows.Count, rows.Count);
        var index = 0;
        foreach (var group in report.Groups)
        {
            Assert.Equal([group.Number, group.Title], rows[index++]);
            foreach (var row in group.Rows)
            {
                var cells = rows[index++];
                Assert.Equal(row.Number, cells[0]);
                Assert.Equal(string.Join("\n", row.TakenUpBy), cells[3]);
                Assert.Equal(row.Gaps.Count, cells[4].Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
                Assert.All(row.Gaps, g => Assert.Contains(g.Unit + " (", cells[4], StringComparison.Ordinal));
            }
        }
        var policeGap = report.Rows.Single(r => r.TaskId == "VI.2.1");
        Assert.Contains(rows, r => r.Count == 5 && r[0] == policeGap.Number && r[4].Contains("Công an tỉnh Lào Cai (kế hoạch bỏ sót)", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Count == 5 && r[3].Contains("Sở GD&ĐT", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_runs_give_identical_bytes()
    {
        var first = _temp.File("a.docx");
        var second = _temp.File("b.docx");

        Coverage(first);
        Coverage(second);

        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
    }

    [Fact]
    public void Refuses_to_overwrite_an_existing_file_and_force_overwrites_it()
    {
        var output = _temp.File("bao-cao.docx", "not a report");

        var refused = Coverage(output, "--lang", "en");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("error PG4001", refused.Error, StringComparison.Ordinal);
        Assert.Equal("not a report", File.ReadAllText(output));
        Assert.Empty(Directory.EnumerateFiles(_temp.Path, "*.tmp"));

        var forced = Coverage(output, "--force");

        Assert.Equal(output + "\n", forced.Out.ReplaceLineEndings("\n"));
        using var docx = new WrittenDocx(File.ReadAllBytes(output));
        Assert.True(docx.Look("BÁO CÁO").Bold);
    }

    [Fact]
    public void Without_output_the_report_goes_beside_the_parent()
    {
        var run = CliRun.Of("coverage", _parent, _temp.Path, "--format", "docx");

        var expected = Path.Combine(_temp.Path, "ubnd-tinh-atgt-2024.coverage.docx");
        Assert.Equal(expected + "\n", run.Out.ReplaceLineEndings("\n"));
        Assert.True(File.Exists(expected));
    }

    [Fact]
    public void All_led_tasks_covered_exits_zero()
    {
        var source = Path.Combine(TestPaths.Cases("Hierarchy"), "pass-all-rules");
        using var temp = new TempFolder();
        var parent = temp.File("parent.yaml", File.ReadAllText(Path.Combine(source, "parent.yaml")));
        temp.File("units.yaml", File.ReadAllText(Path.Combine(source, "units.yaml")));
        var child = temp.File("gddt.yaml");
        Assert.Equal(0, CliRun.Of("derive", parent, "--unit", "Sở GD&ĐT", "-o", child).ExitCode);

        var run = CliRun.Of("coverage", parent, child, "--format", "docx", "-o", temp.File("r.docx"));

        Assert.Equal(0, run.ExitCode);
        using var docx = new WrittenDocx(File.ReadAllBytes(temp.File("r.docx")));
    }
}
