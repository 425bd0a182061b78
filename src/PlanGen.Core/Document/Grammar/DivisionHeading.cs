using System.Text.RegularExpressions;
using PlanGen.Core.Text;

namespace PlanGen.Core.Document.Grammar;

/// <summary>
/// A division above the parts, as offices number it where the decree's Roman numerals are the
/// sections below: "Phần I", "PHẦN THỨ NHẤT", "PHẦN MỘT", "PHẦN II." or a capital letter "A.", "A . MỤC ĐÍCH", "A/".
/// </summary>
/// <param name="Number">Its place among the divisions, from 1.</param>
/// <param name="Label">The label as printed ("Phần I", "A.").</param>
/// <param name="Heading">The words after the label; empty when the heading is on the next line.</param>
public sealed partial record DivisionHeading(int Number, string Label, string Heading)
{
    private static readonly string[] Ordinals = ["NHẤT", "HAI", "BA", "TƯ", "NĂM", "SÁU", "BẢY", "TÁM", "CHÍN", "MƯỜI"];

    // "PHẦN MỘT", "PHẦN HAI": some offices count their divisions in words without "THỨ".
    private static readonly string[] Cardinals = ["MỘT", "HAI", "BA", "BỐN", "NĂM", "SÁU", "BẢY", "TÁM", "CHÍN", "MƯỜI"];

    /// <summary>
    /// The division a line opens, or null. A lettered one needs a heading in capitals after it, so
    /// "A. Nguyễn Văn B" stays a name, unless its letter is followed by a slash ("A/ Một số kết quả …").
    /// </summary>
    public static DivisionHeading? Parse(string line)
    {
        var text = GrammarText.Collapse(line);
        if (Named().Match(text) is { Success: true } named)
        {
            var body = named.Groups["n"].Value;
            var upper = Text.VietnameseCasing.Upper(body);
            var number = upper.StartsWith("THỨ ", StringComparison.Ordinal)
                ? Array.IndexOf(Ordinals, upper[4..]) + 1
                : Array.IndexOf(Cardinals, body) is >= 0 and var word ? word + 1
                : RomanNumeral.Parse(upper) ?? (int.TryParse(body, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0);
            return number > 0 ? new DivisionHeading(number, text[..named.Groups["label"].Length].TrimEnd(), text[named.Length..].Trim()) : null;
        }
        if (Lettered().Match(text) is { Success: true } lettered && Letters.Contains(lettered.Groups["l"].Value[0], StringComparison.Ordinal))
        {
            var heading = text[lettered.Length..].Trim();
            // "A/" is a label whatever the case of its heading: no name is written so.
            var slash = lettered.Groups["label"].Value.EndsWith('/');
            return heading.Length > 0 && heading.Any(char.IsLetter) && (slash || !heading.Any(char.IsLower))
                ? new DivisionHeading(Letters.IndexOf(lettered.Groups["l"].Value[0], StringComparison.Ordinal) + 1, lettered.Groups["label"].Value.Trim(), heading)
                : null;
        }
        return null;
    }

    /// <summary>True for a division numbered by a letter ("A.", "A/"), false for a "Phần" one.</summary>
    public bool ByLetter => !Label.StartsWith("Ph", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The label a plan prints for its part <paramref name="number"/> numbered as <paramref name="style"/>
    /// says: "letters" gives "A.", "named" gives "Phần I.", "arabic" the Arabic "1." a clause prints; null for
    /// the decree's Roman numeral (any other style).
    /// </summary>
    public static string? Format(string? style, int number) => style switch
    {
        ArabicStyle => NumberingLabel.Clause(number).Format(),
        "letters" when number <= Letters.Length => Letters[number - 1] + ".",
        "named" => "Phần " + RomanNumeral.Format(number) + ".",
        _ => null,
    };

    private const string Letters = "ABCDEFGH";

    /// <summary>The style of parts numbered "1.", "2.", whose clauses go on from the part's number ("1.1").</summary>
    public const string ArabicStyle = "arabic";

    // "Phần I", "PHẦN THỨ NHẤT", "PHẦN MỘT", "Phần 2:", "PHẦN II." followed by the end or the heading.
    [GeneratedRegex(@"^(?<label>(?:Phần|PHẦN)\s+(?<n>THỨ\s+\p{Lu}+|[Tt]hứ\s+\p{Ll}+|[IVX]{1,5}|\d{1,2}|(?:MỘT|HAI|BA|BỐN|NĂM|SÁU|BẢY|TÁM|CHÍN|MƯỜI)(?!\p{L}))\s*[.:\-–]?)(?=\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex Named();

    // "A.", "A .", "A-", "A/" before the heading.
    [GeneratedRegex(@"^(?<label>(?<l>[A-H])\s?[.\-–/])\s", RegexOptions.CultureInvariant)]
    private static partial Regex Lettered();
}
