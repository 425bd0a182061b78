using System.Globalization;
using System.Text.RegularExpressions;
using PlanGen.Core.Model;

namespace PlanGen.Core.Validation;

/// <summary>Facts derived from a plan that several rules need.</summary>
public static partial class PlanFacts
{
    [GeneratedRegex(@"\bnăm\s+(\d{4})\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex YearInTitle();

    /// <summary>The year a title names ("… năm 2024"), or null.</summary>
    public static int? TitleYear(string title)
    {
        var match = YearInTitle().Match(title);
        return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"\bnăm\s+học\s+(\d{4})\s*[-–]\s*(\d{4})\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SchoolYearInTitle();

    /// <summary>
    /// The plan's period, else the school year its title names ("… năm học 2024 - 2025"), else the
    /// whole year its title names, else its date's year.
    /// </summary>
    public static Period? EffectivePeriod(Plan plan)
    {
        if (plan.Period is not null)
        {
            return plan.Period;
        }
        var schoolYear = SchoolYearInTitle().Match(plan.Title);
        if (schoolYear.Success && int.Parse(schoolYear.Groups[2].Value, CultureInfo.InvariantCulture) == int.Parse(schoolYear.Groups[1].Value, CultureInfo.InvariantCulture) + 1
            && Timelines.SchoolYear.Whole(int.Parse(schoolYear.Groups[1].Value, CultureInfo.InvariantCulture)) is { } whole)
        {
            return new Period(whole.From, whole.To) { Span = plan.Span };
        }
        var year = TitleYear(plan.Title) ?? plan.Date?.Year;
        return year is null ? null : new Period(new DateOnly(year.Value, 1, 1), new DateOnly(year.Value, 12, 31)) { Span = plan.Span };
    }

    /// <summary>Every section of the body with the ones nested in it (items, then sub-clauses), depth first.</summary>
    public static IEnumerable<Section> AllSections(Plan plan)
    {
        var stack = new Stack<Section>(plan.Parts.Reverse());
        while (stack.Count > 0)
        {
            var section = stack.Pop();
            yield return section;
            for (var i = section.Clauses.Count - 1; i >= 0; i--)
            {
                stack.Push(section.Clauses[i]);
            }
            for (var i = section.Items.Count - 1; i >= 0; i--)
            {
                stack.Push(section.Items[i]);
            }
        }
    }
}
