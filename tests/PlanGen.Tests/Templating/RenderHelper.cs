using PlanGen.Core.Build;
using PlanGen.Tests.Support;
using System.Xml.Linq;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Model;
using PlanGen.Core.Templating;

namespace PlanGen.Tests.Templating;

/// <summary>Renders plans and small ad-hoc templates for the tests.</summary>
internal static class RenderHelper
{
    public static string Render(Plan plan, string templateName)
    {
        var diagnostics = new DiagnosticBag();
        var template = TemplateCatalog.BuiltIn.Find(templateName, diagnostics);
        Assert.NotNull(template);
        var markup = TemplateRenderer.Default.Render(plan, template, diagnostics);
        Assert.Empty(diagnostics.Items);
        Assert.NotNull(markup);
        // Whatever a plan says, the markup must stay well-formed XML.
        XDocument.Parse(markup);
        return markup;
    }

    /// <summary>A template held in memory, as if read from the folder <c>/t</c>.</summary>
    public static LoadedTemplate Adhoc(string main, params (string Name, string Text)[] partials)
    {
        var files = new Dictionary<string, string> { ["template.yaml"] = "name: t\n", ["main.sbn"] = main };
        foreach (var (name, text) in partials)
        {
            files[name] = text;
        }
        return new LoadedTemplate(new TemplateManifest("t", "", "main.sbn"), Path.Combine(Path.GetTempPath(), "t"), files);
    }

    public static (string? Markup, Diagnostic[] Diagnostics) RenderAdhoc(LoadedTemplate template, Plan? plan = null)
    {
        var diagnostics = new DiagnosticBag();
        var markup = TemplateRenderer.Default.Render(plan ?? PlanFixtures.DraftEmulationPlan(), template, diagnostics);
        return (markup, [.. diagnostics.Items]);
    }
}
