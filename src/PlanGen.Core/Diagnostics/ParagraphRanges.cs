using System.Globalization;
using System.Text;

namespace PlanGen.Core.Diagnostics;

/// <summary>Paragraph numbers as a clerk reads them in a list of places: runs joined, "2–6, 8, 10–68".</summary>
public static class ParagraphRanges
{
    /// <summary>The numbers in order, each run of consecutive ones as first–last, joined by commas; repeats are told once.</summary>
    public static string Format(IEnumerable<int> numbers)
    {
        var sorted = numbers.Distinct().Order().ToList();
        var text = new StringBuilder();
        for (var i = 0; i < sorted.Count; i++)
        {
            var start = sorted[i];
            while (i + 1 < sorted.Count && sorted[i + 1] == sorted[i] + 1) i++;
            if (text.Length > 0) text.Append(", ");
            text.Append(start.ToString(CultureInfo.InvariantCulture));
            if (sorted[i] != start) text.Append('–').Append(sorted[i].ToString(CultureInfo.InvariantCulture));
        }
        return text.ToString();
    }
}
