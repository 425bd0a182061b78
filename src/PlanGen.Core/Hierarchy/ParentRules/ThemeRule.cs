using PlanGen.Core.Diagnostics;
using PlanGen.Core.Units;
using PlanGen.Core.Text;

namespace PlanGen.Core.Hierarchy.ParentRules;

/// <summary>
/// PG2108: when the parent has a theme (chủ đề năm), the child carries the same words; the year's
/// theme is set nationally and every plan below repeats it.
/// </summary>
internal sealed class ThemeRule : IParentRule
{
    public void Check(ParentCheckContext context)
    {
        if (context.Parent.Plan.Theme is not { } theme)
        {
            return;
        }
        var own = context.Plan.Theme;
        if (own is null)
        {
            context.Diagnostics.Add(DiagnosticCode.ThemeMismatch, context.ParentSpan, theme);
        }
        else if (Normal(own) != Normal(theme))
        {
            context.Diagnostics.Add(DiagnosticCode.ThemeMismatch, context.Plan.SpanOf("theme"), theme);
        }
    }

    // Quotes and a final full stop are how a theme is printed, not part of it.
    private static string Normal(string text) => VietnameseText.Key(text).Trim('"', '“', '”', '.', ' ', '*');
}
