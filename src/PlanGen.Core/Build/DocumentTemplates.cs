using PlanGen.Core.Diagnostics;
using PlanGen.Core.Format;
using PlanGen.Core.Model;
using PlanGen.Core.Templating;

namespace PlanGen.Core.Build;

/// <summary>
/// A document of the family rendered with a template: its format's table makes the values the
/// template sees (<see cref="PlanModelBuilder"/>), the sandbox renders them. The templating knows
/// values and templates, not the plan format.
/// </summary>
public static class DocumentTemplates
{
    extension(TemplateRenderer renderer)
    {
        /// <summary>
        /// <paramref name="document"/> (a plan, a report, …) as layout markup, or null after reporting
        /// PG3001–PG3006 to <paramref name="diagnostics"/> with the template file, line and column.
        /// </summary>
        public string? Render(IFamilyDocument document, LoadedTemplate template, DiagnosticBag diagnostics) =>
            renderer.Render(PlanModelBuilder.Build(document), template, diagnostics);

        /// <summary>
        /// As <c>Render</c>, with the way back from each place of the markup to the template file,
        /// line and column that wrote it, so markup errors are reported where they were made.
        /// </summary>
        public RenderedMarkup? RenderMarkup(IFamilyDocument document, LoadedTemplate template, DiagnosticBag diagnostics) =>
            renderer.RenderMarkup(PlanModelBuilder.Build(document), template, diagnostics);
    }
}
