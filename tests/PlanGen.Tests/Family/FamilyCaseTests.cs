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

    private static string Diagnostics(string path)
    {
        var folder = Path.GetDirectoryName(path)! + Path.DirectorySeparatorChar;
        return string.Join("\n", Diagnose.Document(path).Items.Select(d => TextDiagnosticFormatter.Format(d, "en"))).Replace(folder, "", StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Document_gives_exactly_the_expected_diagnostics(string name)
    {
        var folder = Path.Combine(TestPaths.Cases(Area), name);
        var expected = File.ReadAllText(Path.Combine(folder, "expected.txt")).TrimEnd('\n');

        Assert.Equal(expected, Diagnostics(Path.Combine(folder, "document.yaml")));
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

        var plan = PlanReader.Read(Path.Combine(TestPaths.Examples, "khanh-hoa-2021", "qd-665-ubnd.yaml"), bag);

        Assert.Null(plan);
        var error = Assert.Single(bag.Items);
        Assert.Equal(DiagnosticCode.NotAPlanType, error.Code);
        Assert.Contains("is a quyết định (type: QĐ), not a plan", TextDiagnosticFormatter.Format(error, "en"), StringComparison.Ordinal);
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
}
