using System.Text.RegularExpressions;

namespace PlanGen.Core.Document.Grammar;

/// <summary>
/// One line of "Nơi nhận:" (box 9b): <c>- Công an tỉnh;</c>, <c>- Ủy ban ATGTQG (b/c);</c>,
/// <c>- Như trên;</c> in a công văn, <c>- Như Điều 3;</c> in a decision. The archive line
/// <c>- Lưu: VT, XD1.</c> is an <see cref="ArchiveLine"/>.
/// </summary>
/// <param name="Name">The recipient as written: "Công an tỉnh", "Như trên".</param>
/// <param name="Mark">Why it is sent, without its parentheses: "b/c", "để b/c", "thực hiện"; null when none.</param>
public sealed partial record RecipientLine(string Name, string? Mark)
{
    /// <summary>The heading of the recipients' column: <c>Nơi nhận:</c>.</summary>
    public const string Heading = "Nơi nhận:";

    /// <summary>True for "Như trên" and "Như Điều 3": the addressees named above or by an article.</summary>
    public bool IsAsAbove => Name.StartsWith("Như ", StringComparison.Ordinal);

    /// <summary>The recipient's text without the line's punctuation: <c>Ủy ban ATGTQG (b/c)</c>.</summary>
    public string Text => Mark is null ? Name : Name + " (" + Mark + ")";

    /// <summary>The line as printed: <c>- Ủy ban ATGTQG (b/c);</c>.</summary>
    public string Format() => "- " + Text + ";";

    /// <summary>
    /// A recipient's line, or a recipient's text without its punctuation; the dash and the end
    /// punctuation are optional (a dash written "–" or "•" too). Null for an empty line and for
    /// the archive line.
    /// </summary>
    public static Parsed<RecipientLine, RecipientLineDeviations>? Parse(string line)
    {
        var text = line.Trim();
        var deviations = text.StartsWith("- ", StringComparison.Ordinal) ? RecipientLineDeviations.None : RecipientLineDeviations.Dash;
        if (text.Length > 0 && (GrammarText.IsDash(text[0]) || text[0] == '•')) text = text[1..].TrimStart();
        if (!text.EndsWith(';')) deviations |= RecipientLineDeviations.Semicolon;
        var bare = GrammarText.TrimEndPunctuation(text);
        if (bare.Length == 0 || ArchiveLine.Parse(bare) is not null) return null;
        var mark = MarkPattern().Match(bare);
        var value = mark.Success && mark.Index > 0
            ? new RecipientLine(bare[..mark.Index].TrimEnd(), mark.Groups["mark"].Value.Trim())
            : new RecipientLine(bare, null);
        return new(value, deviations);
    }

    /// <summary>True for the heading line, <c>Nơi nhận:</c> (any letter case, with or without the colon).</summary>
    public static bool IsHeading(string line) => HeadingPattern().IsMatch(line.Trim());

    /// <summary>What follows the heading on its own line, as some documents write the first recipient there; null when nothing does.</summary>
    public static string? AfterHeading(string line)
    {
        var match = HeadingPattern().Match(line.Trim());
        return match.Success && line.Trim()[match.Length..].Trim() is { Length: > 0 } rest ? rest : null;
    }

    [GeneratedRegex(@"\((?<mark>[^()]+)\)$", RegexOptions.CultureInvariant)]
    private static partial Regex MarkPattern();

    [GeneratedRegex(@"^Nơi nhận\s*:?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HeadingPattern();
}
