using PlanGen.Core;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Templating;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Templating;

/// <summary>
/// A build renders without the way back to the template and renders again with it only when the
/// markup is malformed: that is right only if the two renders write the very same markup.
/// </summary>
public sealed class TracedRenderTests
{
    [Theory]
    [MemberData(nameof(ExampleBuilds.EveryTemplateWithEveryExample), MemberType = typeof(ExampleBuilds))]
    public void A_render_that_keeps_the_way_back_writes_the_same_markup(string templateName, string example)
    {
        var diagnostics = new DiagnosticBag();
        var plan = PlanPipeline.LoadChecked(ExampleBuilds.PathOf(example), diagnostics);
        Assert.NotNull(plan);
        var template = TemplateCatalog.BuiltIn.Find(templateName, diagnostics);
        Assert.NotNull(template);

        var plain = TemplateRenderer.Default.Render(plan, template, diagnostics);
        var traced = TemplateRenderer.Default.RenderMarkup(plan, template, diagnostics);

        Assert.NotNull(plain);
        Assert.Equal(plain, traced?.Text);
    }
}
