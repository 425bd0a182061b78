using PlanGen.Core.Document;

namespace PlanGen.Core.Build;

/// <summary>Every stage's output for one plan: the template's markup, the layout tree and the DOCX bytes.</summary>
public sealed record RenderedPlan(string Markup, LayoutDocument Layout, byte[] Docx)
{
    /// <summary>The document it was rendered from (a plan, a report), for what is written beside the DOCX (its metadata).</summary>
    public Core.Model.IFamilyDocument? Source { get; init; }

    /// <summary>True when the document is a report (Báo cáo), so a run counts plans and reports apart.</summary>
    public bool IsReport { get; init; }

    /// <summary>
    /// The plan a decision issues, laid out as issued with it (caption "(Ban hành kèm theo …)", no
    /// number line or signature), when it is to be written to a file of its own; null when it is
    /// printed after the decision in the same DOCX, or there is none.
    /// </summary>
    public RenderedPlan? IssuedApart { get; init; }
}
