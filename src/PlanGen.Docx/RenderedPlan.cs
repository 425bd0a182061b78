using PlanGen.Core.Document;
using PlanGen.Core.Templating;

namespace PlanGen.Docx;

/// <summary>Every stage's output for one plan: the template's markup, the layout tree and the DOCX bytes.</summary>
public sealed record RenderedPlan(RenderedMarkup RenderedMarkup, LayoutDocument Layout, byte[] Docx)
{
    /// <summary>The template's markup as one string, made when first asked for.</summary>
    public string Markup => RenderedMarkup.Text;
}
