using System.Text.RegularExpressions;

namespace PlanGen.Core.Text;

/// <summary>
/// The footnote reference a clerk types in any text of a document: <c>[^1]</c> right after the
/// words the note explains, the note itself the first entry of <c>footnotes:</c>. The number names
/// the entry; the printed number is the note's place in reading order, as Word numbers notes.
/// </summary>
internal static partial class FootnoteMarks
{
    /// <summary>The reference to note <paramref name="number"/> (1-based), as it is typed.</summary>
    public static string Format(int number) => "[^" + number.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";

    /// <summary>Whether the text may hold a reference; most texts hold none and are not searched.</summary>
    public static bool MayHold(string text) => text.Contains("[^", StringComparison.Ordinal);

    /// <summary>The note numbers the text refers to, in order.</summary>
    public static IEnumerable<int> Numbers(string text)
    {
        if (!MayHold(text))
        {
            yield break;
        }
        foreach (Match match in Mark().Matches(text))
        {
            yield return int.Parse(match.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    /// <summary>The text with each reference replaced by what <paramref name="replace"/> gives for its number.</summary>
    public static string Replace(string text, Func<int, string> replace) =>
        MayHold(text) ? Mark().Replace(text, m => replace(int.Parse(m.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture))) : text;

    /// <summary>The text without its references, for a line where no note can be printed (the document's properties).</summary>
    public static string Strip(string text) => Replace(text, static _ => "");

    [GeneratedRegex(@"\[\^([1-9][0-9]{0,3})\]", RegexOptions.CultureInvariant)]
    private static partial Regex Mark();
}
