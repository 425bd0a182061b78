using System.Globalization;
using System.Text.RegularExpressions;

namespace PlanGen.Core.Hierarchy.ParentRules;

/// <summary>
/// A numeric target in running text: "kéo giảm 5% - 10%", "giảm từ 5%-10%", "tăng 20%". Its
/// strength is the lower bound: the least the plan promises.
/// </summary>
internal sealed partial record NumericTarget(string Text, bool Reduce, decimal Low)
{
    [GeneratedRegex(@"(?:kéo\s+)?(giảm|tăng)[^%.;:\d]{0,60}?(\d+(?:[.,]\d+)?)\s*%(?:\s*(?:-|–|đến|tới|÷)\s*(\d+(?:[.,]\d+)?)\s*%)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    /// <summary>The targets a text states, in order.</summary>
    public static IEnumerable<NumericTarget> In(string text)
    {
        foreach (Match match in Pattern().Matches(text))
        {
            var low = decimal.Parse(match.Groups[2].Value.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture);
            yield return new NumericTarget(match.Value.Trim(), match.Groups[1].Value.Equals("giảm", StringComparison.OrdinalIgnoreCase), low);
        }
    }
}
