using PlanGen.Core.Diagnostics;
using PlanGen.Core.Output;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Output;

public sealed class OutputPathsTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Without_output_each_docx_goes_beside_its_yaml()
    {
        var plans = new[] { Path.Combine("a", "ke-hoach.yaml"), Path.Combine("b", "so-yte.yaml") };

        Assert.Equal([Path.Combine("a", "ke-hoach.docx"), Path.Combine("b", "so-yte.docx")], OutputPaths.ForBuild(plans, plans, null));
    }

    [Fact]
    public void For_one_plan_output_is_the_file()
    {
        var target = Path.Combine(_temp.Path, "ban-hanh.docx");

        Assert.Equal([target], OutputPaths.ForBuild(["ke-hoach.yaml"], ["ke-hoach.yaml"], target));
    }

    [Fact]
    public void For_one_plan_and_an_existing_folder_output_is_the_folder()
    {
        Assert.Equal([Path.Combine(_temp.Path, "ke-hoach.docx")], OutputPaths.ForBuild(["ke-hoach.yaml"], [Path.Combine("x", "ke-hoach.yaml")], _temp.Path));
    }

    [Fact]
    public void For_several_plans_output_is_a_folder_even_when_it_does_not_exist_yet()
    {
        var folder = Path.Combine(_temp.Path, "new");

        var targets = OutputPaths.ForBuild(["a.yaml", "b.yaml"], ["a.yaml", "b.yaml"], folder);

        Assert.Equal([Path.Combine(folder, "a.docx"), Path.Combine(folder, "b.docx")], targets);
    }

    [Fact]
    public void A_folder_argument_with_one_plan_still_means_a_folder()
    {
        var plan = _temp.File(Path.Combine("plans", "so-yte.yaml"), "");
        var folder = Path.Combine(_temp.Path, "out");

        var targets = OutputPaths.ForBuild([Path.GetDirectoryName(plan)!], [plan], folder);

        Assert.Equal([Path.Combine(folder, "so-yte.docx")], targets);
    }

    [Fact]
    public void Plans_from_a_folders_sub_folders_keep_their_sub_folder_in_the_output_folder()
    {
        var plans = Path.Combine(_temp.Path, "examples");
        var first = _temp.File(Path.Combine("examples", "truong-thcs", "ke-hoach.yaml"), "");
        var second = _temp.File(Path.Combine("examples", "ubnd-xa", "ke-hoach.yaml"), "");
        var folder = Path.Combine(_temp.Path, "out");

        var targets = OutputPaths.ForBuild([plans], [first, second], folder);

        Assert.Equal([Path.Combine(folder, "truong-thcs", "ke-hoach.docx"), Path.Combine(folder, "ubnd-xa", "ke-hoach.docx")], targets);
        Assert.All(OutputTargets.Check([first, second], targets, [], new DiagnosticBag()), Assert.True);
    }

    [Fact]
    public void Coverage_report_goes_beside_the_parent()
    {
        Assert.Equal(Path.Combine("lao-cai", "ubnd-tinh-atgt-2024.coverage.docx"), OutputPaths.ForCoverageDocx(Path.Combine("lao-cai", "ubnd-tinh-atgt-2024.yaml")));
    }
}
