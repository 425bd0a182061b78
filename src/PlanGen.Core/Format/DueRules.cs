using System.Globalization;
using System.Text.RegularExpressions;
using PlanGen.Core.Model;
using PlanGen.Core.Timelines;

namespace PlanGen.Core.Format;

/// <summary>
/// A due rule as a province writes it, read in Vietnamese or English: <c>trước ngày 20</c> (before the
/// 20th), <c>ngày 20</c> (the 20th), <c>2 ngày làm việc sau ngày chốt số liệu</c> (2 working days
/// after the cut-off); written back in the Vietnamese form.
/// </summary>
public static partial class DueRules
{
    /// <summary>The rule a text states; null when it states none.</summary>
    public static DueRule? Parse(string text)
    {
        var folded = TimelineText.Fold(text.Trim()).TrimEnd('.');
        if (WorkingDays().Match(folded) is { Success: true } working && Number(working) is >= 0 and <= 60 and var count)
        {
            return new DueRule(DueRuleForm.WorkingDays, count);
        }
        if (Before().Match(folded) is { Success: true } before && Number(before) is >= 1 and <= 31 and var day)
        {
            return new DueRule(DueRuleForm.BeforeDay, day);
        }
        if (On().Match(folded) is { Success: true } on && Number(on) is >= 1 and <= 31 and var onDay)
        {
            return new DueRule(DueRuleForm.OnDay, onDay);
        }
        return null;
    }

    /// <summary>The rule in words: <c>trước ngày 20</c>, <c>ngày 20</c>, <c>2 ngày làm việc sau ngày chốt số liệu</c>.</summary>
    public static string Format(DueRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var value = rule.Value.ToString(CultureInfo.InvariantCulture);
        return rule.Form switch
        {
            DueRuleForm.BeforeDay => "trước ngày " + value,
            DueRuleForm.OnDay => "ngày " + value,
            _ => value + " ngày làm việc sau ngày chốt số liệu",
        };
    }

    private static int Number(Match match) => int.Parse(match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture);

    // Texts are folded first: lower case, no marks ("trước ngày 20" reads "truoc ngay 20").
    [GeneratedRegex(@"^(?<n>\d{1,2}) (?:ngay lam viec|working days?)(?: (?:sau|after) .*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex WorkingDays();

    [GeneratedRegex(@"^(?:truoc ngay|before(?: the)?) (?<n>\d{1,2})(?:st|nd|rd|th)?(?: (?:hang thang|of the month))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Before();

    [GeneratedRegex(@"^(?:(?:cham nhat |by |on )?(?:ngay |the )?)(?<n>\d{1,2})(?:st|nd|rd|th)?(?: (?:hang thang|of the month))?$", RegexOptions.CultureInvariant)]
    private static partial Regex On();
}
