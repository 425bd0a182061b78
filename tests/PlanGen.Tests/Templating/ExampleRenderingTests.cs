using PlanGen.Core.Format;
using System.Xml.Linq;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Yaml;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Templating;

public class ExampleRenderingTests
{
    [Theory]
    [MemberData(nameof(ExampleBuilds.EveryTemplateWithEveryExample), MemberType = typeof(ExampleBuilds))]
    public void Every_template_renders_every_example_to_well_formed_markup_with_parts_and_a_signing_block(string template, string example)
    {
        var document = XDocument.Parse(ExampleBuilds.Render(example, template).Markup);

        Assert.Equal("document", document.Root!.Name.LocalName);
        Assert.NotEmpty(document.Root.Elements("part"));
        Assert.Single(document.Root.Elements("signing"));
    }

    [Fact]
    public void Lao_Cai_example_reproduces_the_seed_caption_and_parts()
    {
        var diagnostics = new DiagnosticBag();
        var plan = PlanLoader.Read(ExampleBuilds.PathOf("lao-cai-2024/ubnd-tinh-atgt-2024.yaml"), diagnostics);
        Assert.NotNull(plan);
        var markup = RenderHelper.Render(plan, "ke-hoach-atgt");
        Assert.Contains("reference=\"(Kèm theo Kế hoạch số 68/KH-UBND ngày 31/01/2024 của UBND tỉnh)\"", markup);
        var parts = XDocument.Parse(markup).Root!.Elements("part").Select(p => (string?)p.Attribute("title"));
        Assert.Equal(["MỤC TIÊU", "YÊU CẦU", "NHIỆM VỤ TRỌNG TÂM", "KINH PHÍ THỰC HIỆN", "TỔ CHỨC THỰC HIỆN"], parts);
        Assert.Contains("Chỉ thị số 10/CT-TTg ngày 19/4/2023 của Thủ tướng Chính phủ và Chương trình hành động của Tỉnh uỷ", markup);
    }
}
