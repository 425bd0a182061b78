using PlanGen.Core.Input;

namespace PlanGen.Core.Yaml;

/// <summary>
/// Which characters a value may not carry into a document: those XML 1.0 forbids (C0 controls but
/// tab, LF, CR), the Unicode non-characters (U+FDD0–U+FDEF and every U+xxFFFE/U+xxFFFF) and unpaired surrogates. YAML
/// escapes (<c>"\0"</c>, <c>"\x01"</c>, <c>"\e"</c>, <c>"\uFFFE"</c>) produce them after the file's
/// own characters were checked, so each value is checked again once parsed.
/// </summary>
internal static class DocumentCharacters
{
    /// <summary>The first forbidden code point in <paramref name="text"/>, or -1.</summary>
    public static int FirstForbidden(string text)
    {
        var span = text.AsSpan();
        // Nearly every value has none of them, and no surrogate either: say so without a loop.
        if (!PlanSource.HasForbidden(span) && span.IndexOfAnyInRange('\uFDD0', '\uFDEF') < 0 && span.IndexOfAnyInRange('\uD800', '\uDFFF') < 0)
        {
            return -1;
        }
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (PlanSource.IsForbidden(c) || (c >= '\uFDD0' && c <= '\uFDEF'))
            {
                return c;
            }
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var codePoint = char.ConvertToUtf32(c, text[i + 1]);
                if ((codePoint & 0xFFFE) == 0xFFFE)
                {
                    return codePoint;
                }
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return c; // half of a pair ("\uD800"): no character at all
            }
        }
        return -1;
    }
}
