using System.Text;

namespace PlanGen.Core.Text;

/// <summary>
/// The plan format's escapes for text that is not emphasis: <c>\*</c> is a literal star,
/// <c>\&lt;</c> a literal "&lt;", and <c>\\</c> a backslash before either (a backslash before any
/// other character is itself). Import writes them, so <c>5*3*2</c> in a document builds as
/// <c>5*3*2</c>, not as an italic 3; emphasis comes only from the source's formatting. While the
/// marks are read the escaped characters stand as non-characters a plan may not hold (PG1102),
/// so nothing reads them as marks.
/// </summary>
public static class LiteralMarks
{
    private const char Star = '\uFDD0';
    private const char Backslash = '\uFDD1';
    private const char Less = '\uFDD2';

    /// <summary>The text with its escapes replaced by stand-ins that no emphasis rule matches.</summary>
    public static string Protect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Contains('\\', StringComparison.Ordinal))
        {
            return text;
        }
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var escaped = text[i] == '\\' && i + 1 < text.Length ? StandIn(text[i + 1]) : null;
            if (escaped is { } standIn)
            {
                result.Append(standIn);
                i++;
            }
            else
            {
                result.Append(text[i]);
            }
        }
        return result.ToString();
    }

    /// <summary>The characters the stand-ins of <see cref="Protect"/> stand for; "&lt;" is written as <paramref name="less"/> (the markup's <c>&amp;lt;</c>).</summary>
    public static string Restore(string text, string less = "<")
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAnyInRange(Star, Less) < 0)
        {
            return text;
        }
        return text.Replace(Star.ToString(), "*", StringComparison.Ordinal)
            .Replace(Backslash.ToString(), "\\", StringComparison.Ordinal)
            .Replace(Less.ToString(), less, StringComparison.Ordinal);
    }

    /// <summary>The character a stand-in stands for, or the character itself.</summary>
    public static char Restore(char c) => c switch
    {
        Star => '*',
        Backslash => '\\',
        Less => '<',
        _ => c,
    };

    /// <summary>
    /// Literal text as plan text: every star escaped, and a backslash escaped where it would
    /// otherwise escape what follows it (or stands last, where a mark may follow).
    /// </summary>
    public static string Escape(string literal)
    {
        ArgumentNullException.ThrowIfNull(literal);
        if (literal.AsSpan().IndexOfAny('*', '\\') < 0)
        {
            return literal;
        }
        var result = new StringBuilder(literal.Length + 8);
        for (var i = 0; i < literal.Length; i++)
        {
            var c = literal[i];
            if (c == '*' || (c == '\\' && (i + 1 == literal.Length || literal[i + 1] is '*' or '\\' or '<')))
            {
                result.Append('\\');
            }
            result.Append(c);
        }
        return result.ToString();
    }

    private static char? StandIn(char escaped) => escaped switch
    {
        '*' => Star,
        '\\' => Backslash,
        '<' => Less,
        _ => null,
    };
}
