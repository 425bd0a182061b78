using System.Text;

namespace PlanGen.Core.Templating;

/// <summary>
/// Finds <c>**bold**</c> spans in one left-to-right pass: an opening <c>**</c> followed by a
/// non-space, closed by the next <c>**</c> after a non-space. It matches what the lazy pattern
/// <c>\*\*(?=\S)(.+?)(?&lt;=\S)\*\*</c> matches, but in linear time: when an opening finds no
/// closing, no later opening can, so the search stops instead of rescanning the rest of the text
/// from every star.
/// </summary>
internal static class BoldSpans
{
    /// <summary>The text with each bold span's inner text passed through <paramref name="wrap"/>.</summary>
    public static string Replace(string text, Func<string, string> wrap) => Replace(text, wrap, out _);

    /// <summary>
    /// As <see cref="Replace(string, Func{string, string})"/>, also counting the characters the
    /// searches went over, which stays within a small multiple of the text's length.
    /// </summary>
    internal static string Replace(string text, Func<string, string> wrap, out long examined)
    {
        examined = 0;
        StringBuilder? result = null;
        var copied = 0;
        var at = 0;
        while (true)
        {
            var open = Next(text, at, ref examined);
            if (open < 0 || open + 2 >= text.Length)
            {
                break;
            }
            if (char.IsWhiteSpace(text[open + 2]))
            {
                at = open + 1;
                continue;
            }
            var close = Closing(text, open + 3, ref examined);
            if (close < 0)
            {
                break;
            }
            result ??= new StringBuilder(text.Length + 16);
            result.Append(text, copied, open - copied).Append(wrap(text[(open + 2)..close]));
            copied = at = close + 2;
        }
        return result is null ? text : result.Append(text, copied, text.Length - copied).ToString();
    }

    // The first "**" at or after from whose preceding character is not a space.
    private static int Closing(string text, int from, ref long examined)
    {
        for (var j = Next(text, from, ref examined); j >= 0; j = Next(text, j + 1, ref examined))
        {
            if (!char.IsWhiteSpace(text[j - 1]))
            {
                return j;
            }
        }
        return -1;
    }

    // The next "**" at or after from, counting the characters searched.
    private static int Next(string text, int from, ref long examined)
    {
        var found = from <= text.Length ? text.IndexOf("**", from, StringComparison.Ordinal) : -1;
        examined += (found < 0 ? text.Length : found + 2) - Math.Min(from, text.Length);
        return found;
    }
}
