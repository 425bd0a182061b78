using PlanGen.Core.Layout;

namespace PlanGen.Core.Build;

/// <summary>What a build is asked for besides its plans: the template, the checks, the layout, and what is written beside each DOCX.</summary>
public sealed record BuildOptions
{
    /// <summary>A built-in template name or a template folder, instead of each plan's own; null for the plan's.</summary>
    public string? Template { get; init; }

    /// <summary>The options of the plans' checks (<c>--strict</c>).</summary>
    public PlanCheckOptions Checks { get; init; } = new();

    /// <summary>The layout the DOCX is written by: the decree's, or an office's own values.</summary>
    public LayoutProfile Profile { get; init; } = LayoutProfile.Nd30;

    /// <summary>The office's profile file the layout was read from, an input no output may replace; null for the decree's.</summary>
    public string? ProfilePath { get; init; }

    /// <summary>Also print each DOCX to NAME.pdf (<c>--pdf</c>, or <c>--pdfa</c> with <see cref="PdfA"/>).</summary>
    public bool Pdf { get; init; }

    /// <summary>Print the PDF as PDF/A-2b, for the archive.</summary>
    public bool PdfA { get; init; }

    /// <summary>Replace a DOCX or PDF that plangen did not write.</summary>
    public bool Force { get; init; }

    /// <summary>Also write NAME.meta.json beside each DOCX, the fields the e-office asks for.</summary>
    public bool Metadata { get; init; }

    /// <summary>Write the plan a decision issues to a DOCX of its own (<c>--separate</c>) rather than after the decision in the same one.</summary>
    public bool IssuedPlanApart { get; init; }
}
