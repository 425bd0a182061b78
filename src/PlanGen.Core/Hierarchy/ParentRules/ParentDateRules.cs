using System.Globalization;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Validation;
using PlanGen.Core.Document.Grammar;

namespace PlanGen.Core.Hierarchy.ParentRules;

/// <summary>
/// The child is not dated before its parent (PG2105), is for a year the parent covers (PG2107),
/// and its period lies inside the parent's (PG2106).
/// </summary>
internal sealed class ParentDateRules : IParentRule
{
    public void Check(ParentCheckContext context)
    {
        var plan = context.Plan;
        var parent = context.Parent.Plan;
        // A partial date could still be on or after the parent's: only a date surely before is wrong.
        if (plan.Date is { } date && parent.Date is { } parentDate && date.Latest < parentDate.Earliest)
        {
            context.Diagnostics.Add(DiagnosticCode.DatedBeforeParent, date.Span, ShortDate.Format(date), ShortDate.Format(parentDate));
        }
        if (context.Child.EffectivePeriod is not { } period || context.ParentPeriod is not { } parentPeriod)
        {
            return;
        }
        if (period.From.Year < parentPeriod.From.Year || period.From.Year > parentPeriod.To.Year)
        {
            var span = PlanFacts.TitleYear(plan.Title) is not null ? plan.SpanOf("title") : plan.Period is not null ? plan.SpanOf("period") : plan.SpanOf("date");
            context.Diagnostics.Add(DiagnosticCode.YearMismatch, span, Years(period.From.Year, period.To.Year), Years(parentPeriod.From.Year, parentPeriod.To.Year));
        }
        else if (plan.Period is not null && !parentPeriod.Contains(period.From, period.To))
        {
            context.Diagnostics.Add(DiagnosticCode.PeriodOutsideParent, plan.SpanOf("period"),
                DateRules.Iso(period.From), DateRules.Iso(period.To), DateRules.Iso(parentPeriod.From), DateRules.Iso(parentPeriod.To));
        }
    }

    private static string Years(int from, int to) =>
        from == to ? from.ToString(CultureInfo.InvariantCulture) : from.ToString(CultureInfo.InvariantCulture) + "–" + to.ToString(CultureInfo.InvariantCulture);
}
