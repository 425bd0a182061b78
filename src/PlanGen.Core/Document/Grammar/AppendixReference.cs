using System.Text.RegularExpressions;
using PlanGen.Core.Model;

namespace PlanGen.Core.Document.Grammar;

/// <summary>
/// The line under an appendix's title that names the document it belongs to:
/// <c>(Kèm theo Kế hoạch số 68/KH-UBND ngày 31/01/2024 của UBND tỉnh Lào Cai)</c>, or for a
/// regulation issued by a decision <c>(Ban hành kèm theo Quyết định số 12/QĐ-UBND ngày …)</c>.
/// A draft leaves number and date blank.
/// </summary>
/// <param name="IssuedWith">True for "Ban hành kèm theo" (issued with), false for "Kèm theo".</param>
/// <param name="Kind">The document's kind: "Kế hoạch".</param>
/// <param name="Number">Its number and symbol.</param>
/// <param name="Date">Its date; partial or null in a draft.</param>
/// <param name="Issuer">Its issuer as the document names itself: "UBND tỉnh".</param>
public sealed partial record AppendixReference(bool IssuedWith, string Kind, NumberLine Number, VnDate? Date, string? Issuer)
{
    /// <summary>The line, in parentheses.</summary>
    public string Format() =>
        "(" + (IssuedWith ? "Ban hành kèm theo " : "Kèm theo ") + Kind + " số " + Number.Reference + " ngày " + ShortDate.FormatOrBlanks(Date)
        + (Issuer is null ? "" : " của " + Issuer) + ")";

    /// <summary>The line as documents write it (parentheses, "số:" or blanks optional); null when it is no such line or names no number.</summary>
    public static AppendixReference? Parse(string line)
    {
        var match = Pattern().Match(GrammarText.Collapse(line));
        if (!match.Success || NumberLine.ParseReference(match.Groups["number"].Value) is not { } number) return null;
        // A date the calendar does not have is left out, as in a citation.
        VnDate? date = null;
        if (match.Groups["date"].Success && ShortDate.TryParse(match.Groups["date"].Value, out var read)) date = read;
        var issuer = match.Groups["issuer"].Success ? match.Groups["issuer"].Value.Trim() : null;
        return new AppendixReference(match.Groups["issued"].Success, match.Groups["kind"].Value, number, date, issuer);
    }

    /// <summary>True for a line that starts as this one does, "(Kèm theo …" or "(Ban hành kèm theo …", whether or not the rest is in form.</summary>
    public static bool StartsReference(string line) => Start().IsMatch(line.TrimStart());

    [GeneratedRegex(@"^\(?\s*(?:Ban hành\s+)?kèm theo\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Start();

    [GeneratedRegex(
        @"^\(?\s*(?:(?<issued>Ban hành\s+)?[Kk]èm theo)\s+(?<kind>\S.*?)\s+số\s*:?\s*(?<number>\d*\s*/\s*(?:\d{4}\s*/\s*)?[^\s()]+)(?:\s+ngày\s*(?<date>[\d\s/.\-]*?))?(?:\s+của\s+(?<issuer>[^()]+?))?\s*\)?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
