using PlanGen.Core.Diagnostics;
using PlanGen.Core.Document;
using PlanGen.Core.Document.Markup;
using PlanGen.Core.Layout;
using PlanGen.Core.Model;
using PlanGen.Core.Templating;

namespace PlanGen.Core.Build;

/// <summary>
/// Plan → template markup → layout tree → DOCX bytes, in memory. Each stage reports to the bag and
/// the next runs only on a clean result, so a failure names the stage that failed. The bytes are
/// the run's writer's (<see cref="PlanGenRun.Writer"/>).
/// </summary>
public sealed class PlanRenderer(TemplateCatalog catalog, TemplateRenderer renderer, LayoutProfile profile)
{
    /// <summary>The built-in templates, the default limits and the Decree 30 profile.</summary>
    public static PlanRenderer Default { get; } = new(TemplateCatalog.BuiltIn, TemplateRenderer.Default, LayoutProfile.Nd30);

    /// <summary>The built-in templates and the default limits, laid out by <paramref name="profile"/> (an office's own values).</summary>
    public static PlanRenderer For(LayoutProfile profile) => new(TemplateCatalog.BuiltIn, TemplateRenderer.Default, profile);

    /// <summary>True to give the plan a decision issues a DOCX of its own (<see cref="RenderedPlan.IssuedApart"/>) rather than print it after the decision.</summary>
    public bool IssuedPlanApart { get; init; }

    /// <summary>This renderer, writing the plan a decision issues apart or not as <paramref name="apart"/> says.</summary>
    public PlanRenderer WithIssuedPlanApart(bool apart) => apart == IssuedPlanApart ? this : new(catalog, renderer, profile) { IssuedPlanApart = apart };

    /// <summary>Renders <paramref name="plan"/> (a plan or a report) with <paramref name="templateOverride"/> or the template it names.</summary>
    public RenderedPlan? Render(PlanGenRun run, IFamilyDocument plan, string? templateOverride, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(run);
        // A document other than a plan names its template only when it is not the built-in one: its type says which.
        var templateName = templateOverride ?? plan.Template ?? FamilyTypes.Of(plan.TypeCode).Template;
        if (templateName is null)
        {
            diagnostics.Add(DiagnosticCode.MissingField, StartOf(plan), Yaml.MissingFields.Arguments("template", "", StartOf(plan),
                "Mẫu văn bản dùng để in (plangen templates liệt kê các mẫu)", "The template the document is printed with (plangen templates lists them)"));
            return null;
        }
        var template = catalog.Find(run, templateName, diagnostics);
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
        var layout = parsed.Document;
        RenderedPlan? apart = null;
        if (plan is Decision { IssuedPlan: { } issuedPlan } decision)
        {
            // Form 1.3: the plan follows the decision that issues it, or goes to a file of its own when asked.
            if (Render(run, issuedPlan, null, diagnostics) is not { } issued) return null;
            var attached = IssuedDocument.AsIssued(issued.Layout, issuedPlan, decision);
            apart = IssuedPlanApart ? issued with { Layout = attached, Docx = run.Writer.Write(attached, profile) } : null;
            layout = IssuedPlanApart ? layout : IssuedDocument.WithIssued(layout, attached);
        }
        return new RenderedPlan(markup.Text, layout, run.Writer.Write(layout, profile)) { Source = plan, IsReport = plan is Report, IssuedApart = apart };
    }

    private static SourceSpan StartOf(IFamilyDocument plan) => plan.Span with { EndLine = plan.Span.StartLine, EndColumn = plan.Span.StartColumn };
}
