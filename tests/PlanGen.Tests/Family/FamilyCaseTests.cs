using PlanGen.Core.Diagnostics;
using PlanGen.Core.Format;
using PlanGen.Core.Model;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Family;

/// <summary>
/// Each folder under Cases/Family holds a document.yaml of the family (with the plan it issues
/// beside it) and the exact diagnostics it must give (expected.txt). A folder named after a code
/// fails that rule at a pinned line and column; a folder named "pass-…" passes them all.
/// </summary>
public sealed class FamilyCaseTests
{
    private const string Area = "Family";

    public static TheoryData<string> Cases() => DiagnosticCases.Names(Area);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Document_gives_exactly_the_expected_diagnostics(string name)
    {
        var folder = Path.Combine(TestPaths.Cases(Area), name);
        var expected = File.ReadAllText(Path.Combine(folder, "expected.txt")).TrimEnd('\n');

        Assert.Equal(expected, Diagnose.DocumentText(Path.Combine(folder, "document.yaml")));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_name_names_the_code_it_pins(string name) => DiagnosticCases.AssertNamedForItsCode(Area, name);

    [Theory]
    [InlineData("Quyết định", "QĐ")]
    [InlineData("QUYẾT ĐỊNH", "QĐ")]
    [InlineData("quyet-dinh", "QĐ")]
    [InlineData("QD", "QĐ")]
    [InlineData("Tờ trình", "TTr")]
    [InlineData("to-trinh", "TTr")]
    [InlineData("Thông báo", "TB")]
    [InlineData("CÔNG VĂN", "CV")]
    [InlineData("cong-van", "CV")]
    [InlineData("ke-hoach", "KH")]
    [InlineData("Báo cáo", "BC")]
    public void A_type_is_read_from_its_code_its_name_or_its_name_without_marks(string written, string code) =>
        Assert.Equal(code, FamilyTypes.Find(written)?.Code);

    [Fact]
    public void A_decision_given_where_a_plan_is_expected_is_named_by_its_kind()
    {
        var bag = new DiagnosticBag();

        var plan = PlanLoader.Read(Path.Combine(TestPaths.Examples, "khanh-hoa-2021", "qd-665-ubnd.yaml"), bag);

        Assert.Null(plan);
        var error = Assert.Single(bag.Items);
        Assert.Equal(DiagnosticCode.NotAPlanType, error.Code);
        Assert.Contains("is a quyết định (type: QĐ), not a plan", TextDiagnosticFormatter.Format(error, "en"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_of_an_unknown_type_is_not_built_and_the_error_names_its_line()
    {
        using var temp = new TempFolder();
        var source = Path.Combine(temp.Path, "document.yaml");
        File.Copy(Path.Combine(TestPaths.Cases(Area), "PG2301-unknown-type", "document.yaml"), source);

        var result = CliRun.Of("build", source, "--lang", "en");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("document.yaml(1,7): error PG2301", result.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(temp.Path, "*.docx"));
    }

    [Fact]
    public void A_notice_whose_footnote_reference_has_no_note_is_not_built_and_the_error_names_its_line()
    {
        using var temp = new TempFolder();
        var source = Path.Combine(temp.Path, "thong-bao.yaml");
        var lines = File.ReadAllLines(Path.Combine(TestPaths.Examples, "khanh-hoa-2021", "tb-ket-luan-so-ket.yaml"));
        var at = Array.FindIndex(lines, l => l.StartsWith("closing:", StringComparison.Ordinal));
        lines[at] += "[^1]";
        File.WriteAllLines(source, lines);

        var result = CliRun.Of("build", source, "--lang", "en");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"thong-bao.yaml({at + 1},", result.Error, StringComparison.Ordinal);
        Assert.Contains("error PG2350", result.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(temp.Path, "*.docx"));
    }

    [Fact]
    public void A_decision_whose_plan_has_errors_is_not_built()
    {
        using var temp = new TempFolder();
        foreach (var file in Directory.GetFiles(Path.Combine(TestPaths.Cases(Area), "PG2303-plan-has-errors")))
        {
            File.Copy(file, Path.Combine(temp.Path, Path.GetFileName(file)));
        }
        var output = Path.Combine(temp.Path, "document.docx");

        var result = CliRun.Of("build", Path.Combine(temp.Path, "document.yaml"), "--lang", "en");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error PG2303", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Init_writes_the_decision_that_issues_a_plan_and_it_builds_with_the_plan_checked()
    {
        using var temp = new TempFolder();
        var plan = Path.Combine(temp.Path, "ke-hoach.yaml");
        File.Copy(Path.Combine(TestPaths.Examples, "khanh-hoa-2021", "ke-hoach-atgt-2021-2030.yaml"), plan);

        var init = CliRun.Of("init", "--type", "quyet-dinh", "--for", plan, "--lang", "en");

        Assert.Equal(0, init.ExitCode);
        var written = Path.Combine(temp.Path, "quyet-dinh-ke-hoach.yaml");
        var bag = Diagnose.Document(written);
        // The one thing left to a person: who proposed it, in which Tờ trình.
        Assert.Equal(["PG2020"], bag.Items.Select(d => d.Id));
        var text = File.ReadAllText(written);
        Assert.Contains("type: QĐ", text, StringComparison.Ordinal);
        Assert.Contains("plan: ke-hoach.yaml", text, StringComparison.Ordinal);
        Assert.Contains("title: Ban hành Kế hoạch triển khai Chiến lược", text, StringComparison.Ordinal);
        Assert.Contains("  - Như Điều 3", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Init_writes_the_letter_that_forwards_a_plan_to_its_recipients_but_those_it_reports_to()
    {
        using var temp = new TempFolder();
        var plan = Path.Combine(temp.Path, "ke-hoach.yaml");
        File.Copy(Path.Combine(TestPaths.Examples, "khanh-hoa-2021", "ke-hoach-atgt-2021-2030.yaml"), plan);
        var written = Path.Combine(temp.Path, "cv.yaml");

        Assert.Equal(0, CliRun.Of("init", written, "--type", "cong-van", "--for", plan).ExitCode);

        var letter = (GeneralDocument)FamilyLoader.Read(Core.Yaml.ReadContext.RootMapping(File.ReadAllText(written), written, new DiagnosticBag())!, written, new DiagnosticBag());
        Assert.Equal("CV", letter.TypeCode);
        Assert.Equal(["Các sở, ban, ngành thuộc tỉnh", "UBND các huyện, thị xã, thành phố"], letter.To);
        Assert.Equal(["Như trên"], letter.Recipients.Select(r => r.Text));
        Assert.Equal(["PG2020"], Diagnose.Document(written).Items.Select(d => d.Id));
    }

    [Fact]
    public void Init_of_a_type_needs_the_plan_and_writes_only_a_decision_or_a_letter()
    {
        var missing = CliRun.Of("init", "--type", "quyet-dinh", "--lang", "en");
        var other = CliRun.Of("init", "--type", "to-trinh", "--for", "ke-hoach.yaml", "--lang", "vi");

        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("error PG2305: 'init --type quyet-dinh' writes the document for a plan; the plan is not given.", missing.Error, StringComparison.Ordinal);
        Assert.Equal(1, other.ExitCode);
        Assert.Contains("lỗi PG2306: plangen chưa có bản nháp tờ trình", other.Error, StringComparison.Ordinal);
    }
}
