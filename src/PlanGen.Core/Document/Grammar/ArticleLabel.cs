using System.Globalization;
using System.Text.RegularExpressions;

namespace PlanGen.Core.Document.Grammar;

/// <summary>
/// Điều — the label of a decision's article, <c>Điều 1.</c>, leading its first paragraph (Form 1.3);
/// documents also write <c>Điều 1:</c> or break the line after "Điều", which read as the same label.
/// </summary>
public static partial class ArticleLabel
{
    /// <summary>The decree's label of article <paramref name="number"/>: <c>Điều 3.</c>.</summary>
    public static string Format(int number) => "Điều " + number.ToString(CultureInfo.InvariantCulture) + ".";

    /// <summary>The article's number and the text after its label; null when the line starts with no article label.</summary>
    public static (int Number, string Text)? Parse(string line)
    {
        var match = Pattern().Match(line);
        return match.Success && int.TryParse(match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? (number, line[match.Length..].Trim())
            : null;
    }

    /// <summary>True when the line is the decision's <c>QUYẾT ĐỊNH:</c> before its articles (in capitals or not, any spacing); without its colon it is the type line.</summary>
    public static bool IsDecidesLine(string line) =>
        DecidesPattern().IsMatch(GrammarText.Collapse(line));

    [GeneratedRegex(@"^\s*Điều\s+(?<n>[0-9]{1,3})\s*[.:]", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    [GeneratedRegex(@"^(QUYẾT ĐỊNH|Quyết định)\s*:$", RegexOptions.CultureInvariant)]
    private static partial Regex DecidesPattern();
}
