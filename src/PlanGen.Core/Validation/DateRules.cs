using PlanGen.Core.Diagnostics;
using PlanGen.Core.Document.Grammar;

namespace PlanGen.Core.Validation;

/// <summary>The plan's date and period agree with each other and with the year its title names.</summary>
public sealed class DateRules : IPlanRule
{
    /// <inheritdoc />
    public void Check(CheckContext context)
    {
        var plan = context.Plan;
        var titleYear = PlanFacts.TitleYear(plan.Title);
        if (plan.Period is { } period && titleYear is { } year && (period.From.Year != year || period.To.Year != year))
        {
            context.Diagnostics.Add(DiagnosticCode.PeriodOutsideTitleYear, period.Span, Iso(period.From), Iso(period.To), year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        if (plan.Date is { } date && context.EffectivePeriod is { } effective && date.Earliest > effective.To)
        {
            context.Diagnostics.Add(DiagnosticCode.DateAfterPeriod, date.Span, ShortDate.Format(date), Iso(effective.To));
        }
    }

    internal static string Iso(DateOnly date) => date.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
