using System.Buffers;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Text;

namespace PlanGen.Core.Yaml;

/// <summary>
/// Checks on every text value: Unicode NFC (normalised, with a warning) and text that looks
/// like the legacy TCVN3 (ABC) or VNI encodings read as Windows-1252, such as <c>KÕ ho¹ch</c>,
/// which must never reach a document silently; and a TODO left by <c>init</c> or <c>derive</c>,
/// which would be printed as it is.
/// </summary>
internal static partial class TextChecks
{
    [System.Text.RegularExpressions.GeneratedRegex(@"\bTODO\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Todo();

    // Latin-1 letters and signs that no Vietnamese word contains but TCVN3/VNI mojibake is full of.
    // Never one Vietnamese writes: "Ì" of "CHƯƠNG TRÌNH" in capitals is Vietnamese, not a mark.
    private const string LegacyMarks = "¸¹µ¶·»¼½¾¿§¬¦¨©ª®°±²³´ºÆÇËÎÏÑÖ×ØÛÜÞßæçëîïñö÷øûüþÿÄÅäå¢£¤¥";

    private static readonly SearchValues<char> LegacyMarkValues = SearchValues.Create(LegacyMarks);

    // Every mark lies in U+00A2–U+00FF. A search for a range is a plain vector compare, where a
    // SearchValues of some fifty scattered characters is a probabilistic search whose vector form
    // the native build runs with a shuffle done in software (bench/RESULTS.md has the cost).
    private const char FirstMark = '\u00A2';
    private const char LastMark = '\u00FF';

    public static string Check(YamlText node, DiagnosticBag diagnostics)
    {
        var text = node.Value;
        if (node.HasForbiddenCharacter)
        {
            return text; // PG1102 was reported where the value was parsed; normalising would throw
        }
        var normalized = UnicodeNormalization.ToNfc(text);
        if (!string.Equals(normalized, text, StringComparison.Ordinal))
        {
            diagnostics.Add(DiagnosticCode.NotNfc, node.Span);
            text = normalized;
        }
        var suspect = LegacyWord(text);
        if (suspect is not null)
        {
            diagnostics.Add(DiagnosticCode.LegacyEncoding, node.Span, suspect);
        }
        if (text.Contains("TODO", StringComparison.Ordinal) && Todo().IsMatch(text))
        {
            diagnostics.Add(DiagnosticCode.LeftoverTodo, node.Span, Shortened(text));
        }
        return text;
    }

    private static string Shortened(string text)
    {
        var line = text.ReplaceLineEndings(" ").Trim();
        return line.Length <= 60 ? line : line[..59] + "…";
    }

    /// <summary>The first word that carries a legacy-encoding mark inside it, or null.</summary>
    internal static string? LegacyWord(string text)
    {
        // Nearly every text has none of the marks: find that out without cutting it into words.
        if (IndexOfMark(text) < 0)
        {
            return null;
        }
        foreach (var word in text.Split([' ', '\n', '\t', ',', ';', '.', ':', '(', ')', '"', '“', '”'], StringSplitOptions.RemoveEmptyEntries))
        {
            for (var i = 0; i < word.Length; i++)
            {
                if (LegacyMarkValues.Contains(word[i]) && HasLetterBeside(word, i))
                {
                    return word;
                }
            }
        }
        return null;
    }

    // The first mark in the text: the Latin-1 letters Vietnamese uses (à, á, ê, ô …) are found by
    // the range search too, and each is looked at once.
    private static int IndexOfMark(ReadOnlySpan<char> text)
    {
        for (var start = 0; ;)
        {
            var found = text[start..].IndexOfAnyInRange(FirstMark, LastMark);
            if (found < 0)
            {
                return -1;
            }
            if (LegacyMarkValues.Contains(text[start + found]))
            {
                return start + found;
            }
            start += found + 1;
        }
    }

    private static bool HasLetterBeside(string word, int i) =>
        (i > 0 && char.IsLetter(word[i - 1])) || (i + 1 < word.Length && char.IsLetter(word[i + 1]));
}
