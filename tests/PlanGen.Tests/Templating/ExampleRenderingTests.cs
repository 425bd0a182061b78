using PlanGen.Core.Format;
using System.Xml.Linq;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Templating;
using PlanGen.Core.Yaml;

namespace PlanGen.Tests.Templating;

public class ExampleRenderingTests
{
    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var file in Support.TestPaths.ExamplePlans())
        {
            data.Add(Path.GetRelativePath(Support.TestPaths.Examples, file));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_plan_renders_to_well_formed_markup_with_its_template(string example)
    {
        var diagnostics = new DiagnosticBag();
        var plan = PlanReader.Read(Path.Combine(RepositoryRoot(), "examples", example), diagnostics);
        Assert.NotNull(plan);
        var template = TemplateCatalog.BuiltIn.Find(plan.Template ?? "ke-hoach-thi-dua", diagnostics);
        Assert.NotNull(template);
        var markup = TemplateRenderer.Default.Render(plan, template, diagnostics);
        Assert.DoesNotContain(diagnostics.Items, d => d.Severity == Severity.Error && d.Id.StartsWith("PG3", StringComparison.Ordinal));
        Assert.NotNull(markup);
        var document = XDocument.Parse(markup);
        Assert.Equal("document", document.Root!.Name.LocalName);
        Assert.NotEmpty(document.Root.Elements("part"));
        Assert.Single(document.Root.Elements("signing"));
    }

    [Fact]
    public void Lao_Cai_example_reproduces_the_seed_caption_and_parts()
    {
        var path = Path.Combine(RepositoryRoot(), "examples", "lao-cai-2024", "ubnd-tinh-atgt-2024.yaml");
        var diagnostics = new DiagnosticBag();
        var plan = PlanReader.Read(path, diagnostics);
        Assert.NotNull(plan);
        var markup = RenderHelper.Render(plan, "ke-hoach-atgt");
        Assert.Contains("reference=\"(Kèm theo Kế hoạch số 68/KH-UBND ngày 31/01/2024 của UBND tỉnh)\"", markup);
        var parts = XDocument.Parse(markup).Root!.Elements("part").Select(p => (string?)p.Attribute("title"));
        Assert.Equal(["MỤC TIÊU", "YÊU CẦU", "NHIỆM VỤ TRỌNG TÂM", "KINH PHÍ THỰC HIỆN", "TỔ CHỨC THỰC HIỆN"], parts);
        Assert.Contains("Chỉ thị số 10/CT-TTg ngày 19/4/2023 của Thủ tướng Chính phủ và Chương trình hành động của Tỉnh uỷ", markup);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TrafficSafetyPlan.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("repository root not found");
    }
}
