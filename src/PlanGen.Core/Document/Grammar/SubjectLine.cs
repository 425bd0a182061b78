using System.Text.RegularExpressions;

namespace PlanGen.Core.Document.Grammar;

/// <summary>
/// Trích yếu of a công văn, under its number: <c>V/v triển khai Kế hoạch bảo đảm an toàn giao
/// thông năm 2024</c>.
/// </summary>
/// <param name="Subject">What the letter is about, on one line.</param>
public sealed partial record SubjectLine(string Subject)
{
    /// <summary>The line: <c>V/v …</c>.</summary>
    public string Format() => "V/v " + Subject;

    /// <summary>The subject of a "V/v …" or "Về việc …" text, over one or more lines; null when the text does not start so.</summary>
    public static SubjectLine? Parse(string text)
    {
        var match = Pattern().Match(text.Trim());
        return match.Success ? new SubjectLine(GrammarText.Collapse(match.Groups["subject"].Value)) : null;
    }

    [GeneratedRegex(@"^(?:V/v|V/V|v/v|Về việc)\s*:?\s+(?<subject>\S.*)$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Pattern();
}
