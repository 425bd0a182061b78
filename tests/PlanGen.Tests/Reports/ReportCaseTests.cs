using PlanGen.Core;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Format;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Reports;

/// <summary>
/// Each folder under Cases/Reports holds a report.yaml on the plan beside the folders (plan.yaml,
/// units.yaml) or on its own, and the exact diagnostics it must give (expected.txt). A folder named
/// after a code fails that rule at a pinned line and column; a folder named "pass-…" passes them all.
/// </summary>
public sealed class ReportCaseTests
{
    private const string Area = "Reports";

    public static TheoryData<string> Cases() => DiagnosticCases.Names(Area);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Report_gives_exactly_the_expected_diagnostics(string name)
    {
        var folder = Path.Combine(TestPaths.Cases(Area), name);
        var expected = File.ReadAllText(Path.Combine(folder, "expected.txt")).TrimEnd('\n');

        Assert.Equal(expected, Diagnose.DocumentText(Path.Combine(folder, "report.yaml")));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_name_names_the_code_it_pins(string name) => DiagnosticCases.AssertNamedForItsCode(Area, name);

    [Fact]
    public void A_report_given_where_a_plan_is_expected_is_named_as_a_report()
    {
        var bag = new DiagnosticBag();

        var plan = PlanLoader.Read(Path.Combine(TestPaths.Cases(Area), "pass-all-rules", "report.yaml"), bag);

        Assert.Null(plan);
        var error = Assert.Single(bag.Items);
        Assert.Equal(DiagnosticCode.ReportWherePlanExpected, error.Code);
        Assert.Equal((0, 6), (error.Span.StartLine, error.Span.StartColumn));
    }

    [Fact]
    public void A_report_whose_plan_is_on_paper_only_prints_its_tasks_by_their_ids()
    {
        using var folder = new TempFolder();
        var path = folder.File("report.yaml");
        File.WriteAllText(path, File.ReadAllText(Path.Combine(TestPaths.Cases(Area), "pass-all-rules", "report.yaml"))
            .Replace("units: ../units.yaml\n", "", StringComparison.Ordinal)
            .Replace("reports_on: ../plan.yaml", "reports_on:\n  text: Kế hoạch số 68/KH-UBND ngày 31/01/2024 của UBND tỉnh Lào Cai", StringComparison.Ordinal));
        var bag = new DiagnosticBag();

        var report = (Core.Model.Report)DocumentPipeline.Check(TestRun.New(), path, bag)!;

        Assert.Empty(bag.Items);
        var group = Assert.Single(report.Facts!.Groups);
        Assert.Equal(["I.1", "I.2", "II.1", "II.2"], group.Tasks.Select(t => t.Number));
    }
}
