using PlanGen.Core.Diagnostics;
using PlanGen.Core.Model;
using PlanGen.Core.Validation;

namespace PlanGen.Core.Hierarchy.ParentRules;

/// <summary>
/// PG2114: a numeric target of the child ("kéo giảm 3% - 5%") is not weaker than the parent's of
/// the same direction ("kéo giảm 5% - 10%"): a lower level may promise more, never less. Compared
/// with the parent's weakest target of that direction, so a plan naming several is not misread.
/// </summary>
internal sealed class TargetRule : IParentRule
{
    public void Check(ParentCheckContext context)
    {
        var parentTargets = Texts(context.Parent.Plan).SelectMany(t => NumericTarget.In(t.Text)).ToList();
        if (parentTargets.Count == 0)
        {
            return;
        }
        foreach (var (text, span) in Texts(context.Plan))
        {
            foreach (var target in NumericTarget.In(text))
            {
                var weakest = parentTargets.Where(p => p.Reduce == target.Reduce).MinBy(p => p.Low);
                if (weakest is not null && target.Low < weakest.Low)
                {
                    context.Diagnostics.Add(DiagnosticCode.TargetWeaker, span, target.Text, weakest.Text);
                }
            }
        }
    }

    /// <summary>Every piece of running text of a plan's body with where it was written.</summary>
    private static IEnumerable<(string Text, SourceSpan Span)> Texts(Plan plan)
    {
        foreach (var section in PlanFacts.AllSections(plan))
        {
            if (section.Title is { } title)
            {
                yield return (title, section.SpanOf("title"));
            }
            foreach (var paragraph in section.Paragraphs)
            {
                yield return (paragraph, section.SpanOf("text"));
            }
            foreach (var bullet in section.Bullets)
            {
                yield return (string.Join(' ', bullet.SubItems.Prepend(bullet.Text)), bullet.Span);
            }
            foreach (var paragraph in section.After)
            {
                yield return (paragraph, section.SpanOf("after"));
            }
        }
    }
}
