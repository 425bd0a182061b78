using System.Text.RegularExpressions;

namespace PlanGen.Core.Document.Grammar;

/// <summary>
/// Kính gửi — whom a report, submission or letter is addressed to: <c>Kính gửi: Ủy ban nhân dân
/// tỉnh</c>, or one per line after it, <c>- Sở Tài chính;</c> … the last ending with a full stop.
/// </summary>
/// <param name="Names">The addressees, without punctuation.</param>
public sealed partial record Addressees(EquatableList<string> Names)
{
    /// <summary>One line for one addressee; the heading and a line each for several.</summary>
    public string Format() => Names.Count == 1
        ? "Kính gửi: " + Names[0]
        : "Kính gửi:\n" + string.Join('\n', Names.Select((name, i) => "- " + name + (i == Names.Count - 1 ? "." : ";")));

    /// <summary>The addressees of a "Kính gửi" text (its lines joined by line breaks); null when the text does not start so.</summary>
    public static Addressees? Parse(string text)
    {
        var match = Pattern().Match(text.Trim());
        if (!match.Success) return null;
        var names = match.Groups["rest"].Value.Split('\n')
            .Select(line => line.Trim())
            .Select(line => line.Length > 0 && (GrammarText.IsDash(line[0]) || line[0] == '•') ? line[1..] : line)
            .Select(line => GrammarText.Collapse(GrammarText.TrimEndPunctuation(line)))
            .Where(line => line.Length > 0);
        return new Addressees(new EquatableList<string>(names));
    }

    [GeneratedRegex(@"^Kính\s+gửi\s*:?\s*(?<rest>.*)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Pattern();
}
