using PlanGen.Core.Diagnostics;
using PlanGen.Core.Document;
using PlanGen.Core.Document.Markup;
using PlanGen.Core.Model;
using PlanGen.Core.Templating;

namespace PlanGen.Docx;

/// <summary>
/// Plan → template markup → layout tree → DOCX bytes, in memory. Each stage reports to the bag and
/// the next runs only on a clean result, so a failure names the stage that failed.
/// </summary>
public sealed class PlanRenderer(TemplateCatalog catalog, TemplateRenderer renderer, LayoutProfile profile)
{
    /// <summary>The built-in templates, the default limits and the Decree 30 profile.</summary>
    public static PlanRenderer Default { get; } = new(TemplateCatalog.BuiltIn, TemplateRenderer.Default, LayoutProfile.Nd30);

    /// <summary>Renders <paramref name="plan"/> (a plan or a report) with <paramref name="templateOverride"/> or the template it names.</summary>
    public RenderedPlan? Render(Core.PlanGenRun run, IFamilyDocument plan, string? templateOverride, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(run);
        // A document other than a plan names its template only when it is not the built-in one: its type says which.
        var templateName = templateOverride ?? plan.Template ?? FamilyTypes.Of(plan.TypeCode).Template;
        if (templateName is null)
        {
            diagnostics.Add(DiagnosticCode.MissingField, StartOf(plan), "template");
            return null;
        }
        var template = catalog.Find(templateName, diagnostics);
        if (template is null)
        {
            return null;
        }
        run.Clock.Mark("template found");
        var markup = renderer.RenderMarkup(plan, template, diagnostics);
        run.Clock.Mark("template rendered");
        if (markup is null)
        {
            return null;
        }
        var parsed = LayoutMarkupParser.Parse(markup.Text, template.PathOf(template.Manifest.Main));
        if (parsed.Document is null || parsed.Errors.Count > 0)
        {
            // Each error is reported at the template file, line and column that wrote the markup.
            diagnostics.AddRange(parsed.Errors.Select(e => e.ToDiagnostic(markup.Locate)));
            return null;
        }
        run.Clock.Mark("layout markup parsed");
        using var docx = new MemoryStream();
        DocxWriter.Write(parsed.Document, docx, profile);
        return new RenderedPlan(markup.Text, parsed.Document, docx.ToArray()) { Source = plan, IsReport = plan is Core.Model.Report };
    }

    private static SourceSpan StartOf(IFamilyDocument plan) => plan.Span with { EndLine = plan.Span.StartLine, EndColumn = plan.Span.StartColumn };
}
