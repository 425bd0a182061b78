using PlanGen.Core;
using PlanGen.Core.Build;
using PlanGen.Core.Diagnostics;
using PlanGen.Docx;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Building;

/// <summary>A sub-plan's document cites its parent from the parent plan itself, never from retyped text.</summary>
public sealed class ParentCitationBuildTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static string Markup(string child)
    {
        var bag = new DiagnosticBag();
        var plan = PlanPipeline.LoadChecked(TestRun.New(), child, bag)!;
        var rendered = PlanRenderer.Default.Render(TestRun.New(), plan, null, bag);
        Assert.False(bag.HasErrors, string.Join("\n", bag.Items.Select(d => TextDiagnosticFormatter.Format(d, "en"))));
        return rendered!.Markup;
    }

    [Fact]
    public void Editing_the_parents_number_changes_the_citation_printed_in_the_child()
    {
        foreach (var file in new[] { "ubnd-tinh-atgt-2024.yaml", "units.yaml", "so-gddt.yaml" })
        {
            File.Copy(Path.Combine(TestPaths.Examples, "lao-cai-2024", file), Path.Combine(_temp.Path, file));
        }
        var child = Path.Combine(_temp.Path, "so-gddt.yaml");
        Assert.Contains("<p>Thực hiện Kế hoạch số 68/KH-UBND ngày 31/01/2024 của Ủy ban nhân dân tỉnh Lào Cai về bảo đảm an toàn giao thông năm 2024, ", Markup(child), StringComparison.Ordinal);

        var parent = Path.Combine(_temp.Path, "ubnd-tinh-atgt-2024.yaml");
        File.WriteAllText(parent, File.ReadAllText(parent).Replace("number: 68", "number: 7", StringComparison.Ordinal));

        var markup = Markup(child);
        Assert.Contains("<p>Thực hiện Kế hoạch số 07/KH-UBND ngày 31/01/2024 của Ủy ban nhân dân tỉnh Lào Cai", markup, StringComparison.Ordinal);
        Assert.DoesNotContain("<p>Thực hiện Kế hoạch số 68/KH-UBND", markup, StringComparison.Ordinal);
    }
}
