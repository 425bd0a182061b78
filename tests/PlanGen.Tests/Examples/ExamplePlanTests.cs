using PlanGen.Core.Document.Grammar;
using PlanGen.Core.Format;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Yaml;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Examples;

/// <summary>The examples reproduce the three seed plans; each must read and check without errors.</summary>
public sealed class ExamplePlanTests
{
    public static TheoryData<string> Plans()
    {
        var data = new TheoryData<string>();
        foreach (var plan in TestPaths.ExamplePlans())
        {
            data.Add(Path.GetRelativePath(TestPaths.Examples, plan));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Plans))]
    public void Example_validates_without_errors_or_unexplained_warnings(string plan)
    {
        var path = Path.Combine(TestPaths.Examples, plan);
        var bag = Diagnose.Plan(path);
        // A warning is expected only where the file's header comment names its code and says why
        // (a sub-plan that leaves out a led task to show coverage; cells of the seed naming no single unit).
        var header = string.Join("\n", File.ReadLines(path).TakeWhile(l => l.StartsWith('#')));

        Assert.Empty(bag.Items
            .Where(d => d.Severity == Severity.Error || (d.Severity == Severity.Warning && !header.Contains(d.Id, StringComparison.Ordinal)))
            .Select(d => TextDiagnosticFormatter.Format(d, "en")));
    }

    [Theory]
    [MemberData(nameof(Plans))]
    public void Example_starts_with_a_comment_naming_the_document_it_reproduces(string plan)
    {
        var first = File.ReadLines(Path.Combine(TestPaths.Examples, plan)).First();

        Assert.StartsWith("#", first, StringComparison.Ordinal);
        Assert.Matches("(Kế hoạch|KH|Seed|seed)", first);
    }

    [Fact]
    public void Lao_cai_plan_holds_the_whole_appendix()
    {
        var plan = PlanLoader.Read(Path.Combine(TestPaths.Examples, "lao-cai-2024", "ubnd-tinh-atgt-2024.yaml"), new DiagnosticBag())!;

        Assert.Equal(8, plan.Appendix!.Groups.Count);
        Assert.Equal(["I", "II", "III", "IV", "V", "VI", "VII", "VIII"], plan.Appendix.Groups.Select(g => g.Number));
        Assert.Equal(63, plan.Appendix.AllTasks().Count());
        Assert.Equal(["I.7.1", "I.7.2", "I.7.3"], plan.Appendix.Groups[0].Tasks[6].SubTasks.Select(t => t.Id));
        Assert.Equal(68, plan.Number!.Value);
        Assert.Equal("31/01/2024", ShortDate.Format(plan.Date!));
        Assert.Equal(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], plan.Signature!.AuthorityBlock.Format());
    }

    [Fact]
    public void Draft_plan_has_no_number_and_a_date_without_its_day()
    {
        var plan = PlanLoader.Read(Path.Combine(TestPaths.Examples, "binh-phuoc-2020", "so-tttt-thi-dua-2020.yaml"), new DiagnosticBag())!;

        Assert.Null(plan.Number);
        Assert.Equal("ngày      tháng 4 năm 2020", LongDate.Format(plan.Date));
        Assert.Equal(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], plan.Signature!.AuthorityBlock.Format());
    }
}
