using PlanGen.Core.Build;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Import;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Family;

/// <summary>
/// A decision's DOCX given where a plan is asked for (derive, coverage, a plan's parent:) stands
/// for the plan it issues, printed after its signature, and says so (PG6062); a letter, or a decision
/// that carries no plan, is refused with what it is and where to point instead (PG6063).
/// </summary>
public sealed class DecisionAsParentTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string BuiltDocx(string example, string name)
    {
        var bag = new DiagnosticBag();
        var rendered = PlanBuild.Check(TestRun.New(), ExampleBuilds.PathOf("khanh-hoa-2021/" + example), null, bag);
        Assert.True(rendered is not null, string.Join("\n", bag.Items.Select(d => TextDiagnosticFormatter.Format(d, "en"))));
        var path = _temp.File(name);
        File.WriteAllBytes(path, rendered.Docx);
        return path;
    }

    [Fact]
    public void A_decision_carrying_its_plan_is_read_as_that_plan_dated_and_signed_as_the_decision_with_a_warning()
    {
        var docx = BuiltDocx("qd-665-ubnd.yaml", "qd-665.docx");
        var bag = new DiagnosticBag();

        var plan = PlanOrDocument.Read(TestRun.New(), docx, bag);

        Assert.NotNull(plan);
        Assert.StartsWith("Triển khai Chiến lược quốc gia", plan.Title, StringComparison.Ordinal);
        Assert.Equal("17/3/2021", $"{plan.Date!.Day}/{plan.Date.Month}/{plan.Date.Year}");
        Assert.Equal("Lê Hữu Hoàng", plan.Signature?.Name);
        var warning = Assert.Single(bag.Items, d => d.Code == DiagnosticCode.DecisionReadAsItsPlan);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.False(bag.HasErrors);
    }

    [Fact]
    public void Coverage_of_a_decision_says_in_both_languages_that_the_plan_it_issues_is_used()
    {
        var docx = BuiltDocx("qd-665-ubnd.yaml", "qd-665.docx");

        var en = CliRun.Of("coverage", docx, "--lang", "en");
        var vi = CliRun.Of("coverage", docx, "--lang", "vi");

        Assert.True(en.ExitCode == 0, en.Error);
        Assert.Contains("warning PG6062: 'qd-665.docx' is a decision (Quyết định), not a plan; the plan it issues, printed after its signature", en.Error, StringComparison.Ordinal);
        Assert.Contains("cảnh báo PG6062: 'qd-665.docx' là quyết định, không phải kế hoạch; kế hoạch ban hành kèm theo", vi.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("PG6002", en.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cv-trien-khai-ke-hoach.yaml", "công văn (type: CV)")]
    [InlineData("tt-39-batgt.yaml", "tờ trình (type: TTr)")]
    public void A_letter_given_as_the_parent_is_refused_naming_its_kind_and_where_to_point(string example, string kind)
    {
        var docx = BuiltDocx(example, "van-ban.docx");

        var run = CliRun.Of("coverage", docx, "--lang", "en");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"error PG6063: 'van-ban.docx' is a {kind}, not a plan", run.Error, StringComparison.Ordinal);
        Assert.Contains("Give the plan's own file instead", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("PG6002", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_decision_without_its_plan_given_as_a_childs_parent_is_an_error_at_the_parent_line()
    {
        var alone = _temp.File("qd-alone.yaml", string.Join('\n', File.ReadAllLines(ExampleBuilds.PathOf("khanh-hoa-2021/qd-665-ubnd.yaml"))
            .Where(l => !l.StartsWith("plan:", StringComparison.Ordinal))) + "\n");
        var bag = new DiagnosticBag();
        var rendered = PlanBuild.Check(TestRun.New(), alone, null, bag);
        File.WriteAllBytes(_temp.File("qd-alone.docx"), rendered!.Docx);
        var child = _temp.File("con.yaml", File.ReadAllText(ExampleBuilds.PathOf("khanh-hoa-2021/ke-hoach-atgt-2021-2030.yaml"))
            .Replace("\nparent:\n", "\nparent:\n  path: qd-alone.docx\n", StringComparison.Ordinal));

        var run = CliRun.Of("validate", child, "--lang", "en");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("PG6063", run.Error, StringComparison.Ordinal);
        Assert.Contains("'qd-alone.docx' is a quyết định (type: QĐ), not a plan", run.Error, StringComparison.Ordinal);
    }
}
