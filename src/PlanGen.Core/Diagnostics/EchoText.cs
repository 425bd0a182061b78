using System.Globalization;
using System.Text;

namespace PlanGen.Core.Diagnostics;

/// <summary>
/// Makes text safe to echo on a terminal or into a CI log: control characters (C0, DEL, C1),
/// line and paragraph separators, bidirectional overrides and non-characters are written as
/// <c>\u001B</c>-style escapes, so a value in a plan cannot forge a CI annotation on a new line,
/// move the cursor, or reorder what the reader sees. Long values are cut to an excerpt.
/// </summary>
public static class EchoText
{
    /// <summary>The most characters of one quoted value that are echoed; the rest is elided.</summary>
    public const int MaxExcerpt = 400;

    /// <summary>The text with every unsafe character escaped; line breaks too unless <paramref name="keepNewlines"/>.</summary>
    public static string Escape(string text, bool keepNewlines = false)
    {
        var unsafeAt = IndexOfUnsafe(text, keepNewlines);
        if (unsafeAt < 0)
        {
            return text;
        }
        var escaped = new StringBuilder(text.Length + 16).Append(text, 0, unsafeAt);
        for (var i = unsafeAt; i < text.Length; i++)
        {
            var c = text[i];
            if (IsUnsafe(c, keepNewlines))
            {
                escaped.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                escaped.Append(c);
            }
        }
        return escaped.ToString();
    }

    /// <summary>At most <see cref="MaxExcerpt"/> characters of a quoted value, marked with "…" when cut.</summary>
    public static string Excerpt(string value)
    {
        if (value.Length <= MaxExcerpt)
        {
            return value;
        }
        var cut = MaxExcerpt;
        if (char.IsHighSurrogate(value[cut - 1]))
        {
            cut--;
        }
        return string.Concat(value.AsSpan(0, cut), "…");
    }

    private static int IndexOfUnsafe(string text, bool keepNewlines)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsUnsafe(text[i], keepNewlines))
            {
                return i;
            }
        }
        return -1;
    }

    private static bool IsUnsafe(char c, bool keepNewlines) =>
        c == '\n' ? !keepNewlines
        : c == '\t' ? false
        : c < 0x20 || (c >= 0x7F && c <= 0x9F)
          || c is '\u2028' or '\u2029' or '\u061C' or '\u200E' or '\u200F' or '\uFFFE' or '\uFFFF'
          || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
}
