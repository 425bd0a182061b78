using System.Globalization;
using System.Text.RegularExpressions;
using PlanGen.Core.Diagnostics;

namespace PlanGen.Core.Check;

/// <summary>
/// Parts I., II. …, clauses 1., 2. … and points a), b) … đ) … in sequence, whether typed or made by
/// Word's list engine; a clause restarts under each part, a point under each clause.
/// </summary>
internal sealed partial class NumberingRule : ICheckRule
{
    /// <summary>The Vietnamese alphabet of points: it has đ and no f, j, w, z.</summary>
    private const string Letters = "abcdđeghiklmnopqrstuvxy";

    public void Check(CheckContext context)
    {
        var expected = new int[3];
        foreach (var paragraph in context.Parts.Body)
        {
            var typed = Typed().Match(paragraph.Text);
            var label = paragraph.ListLabel ?? (typed.Success ? typed.Value.Trim() : null);
            if (label is null || Level(label) is not ({ } level, { } value)) continue;
            if (value != expected[level] + 1)
            {
                context.At(paragraph, DiagnosticCode.CheckNumbering, CheckContext.FirstWords(paragraph.Text), label, Render(level, expected[level] + 1));
            }

            expected[level] = value;
            for (var deeper = level + 1; deeper < 3; deeper++) expected[deeper] = 0;
        }
    }

    private static (int? Level, int? Value) Level(string label)
    {
        var match = Label().Match(label.Trim());
        if (!match.Success) return (null, null);
        if (match.Groups["roman"].Success) return (0, RomanValue(match.Groups["roman"].Value));
        if (match.Groups["arabic"].Success) return (1, int.Parse(match.Groups["arabic"].Value, CultureInfo.InvariantCulture));
        var letter = Letters.IndexOf(match.Groups["letter"].Value[0], StringComparison.Ordinal);
        // A letter outside the alphabet (f, j, w, z) counts as the one after its predecessor's place.
        return (2, letter >= 0 ? letter + 1 : 100);
    }

    private static string Render(int level, int value) => level switch
    {
        0 => Roman(value) + ".",
        1 => value.ToString(CultureInfo.InvariantCulture) + ".",
        _ => (value - 1 < Letters.Length ? Letters[value - 1].ToString() : "?") + ")",
    };

    private static int RomanValue(string roman)
    {
        var values = roman.Select(c => c switch { 'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, 'C' => 100, _ => 0 }).ToArray();
        var total = 0;
        for (var i = 0; i < values.Length; i++) total += i + 1 < values.Length && values[i] < values[i + 1] ? -values[i] : values[i];
        return total;
    }

    private static string Roman(int value)
    {
        string[] tens = ["", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"], ones = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"];
        return value is > 0 and < 100 ? tens[value / 10] + ones[value % 10] : value.ToString(CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"^\s*(?:[IVXLC]+\.|\d+\.|[a-zđ]\))(?=\s)", RegexOptions.CultureInvariant)]
    private static partial Regex Typed();

    [GeneratedRegex(@"^(?:(?<roman>[IVXLC]+)\.|(?<arabic>\d+)\.|(?<letter>[a-zđ])\))$", RegexOptions.CultureInvariant)]
    private static partial Regex Label();
}
