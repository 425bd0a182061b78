using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PlanGen.Core.Yaml;

/// <summary>
/// Writes values and comments into YAML that plangen generates (derive, import), so that no text
/// taken from an input can become YAML structure: a scalar is plain only when YAML reads it back
/// unchanged as text, otherwise quoted: in single quotes when it holds a double quote and nothing
/// that needs an escape, else double-quoted with every control, line-break and invisible character
/// escaped; a comment is kept on its one line.
/// </summary>
public static partial class YamlEmitter
{
    [GeneratedRegex(@"^([-+]?[\d._]+|[-+]?\.(inf|nan)|\d{4}-\d\d(-\d\d)?|true|false|yes|no|on|off|null|~|y|n)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Ambiguous();

    /// <summary>The text as a YAML scalar that reads back as exactly <paramref name="text"/>.</summary>
    public static string Scalar(string text)
    {
        if (IsPlainSafe(text))
        {
            return text;
        }
        // A text quoting someone ("… chủ đề "*…*" như sau:") reads best in single quotes, which
        // escape nothing but themselves; it needs none of the escapes only double quotes have.
        if (text.Contains('"', StringComparison.Ordinal) && !text.Any(c => c is '\n' or '\t' or '\r' || NeedsEscape(c)))
        {
            return "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
        }
        var quoted = new StringBuilder(text.Length + 8).Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': quoted.Append("\\\""); break;
                case '\\': quoted.Append("\\\\"); break;
                case '\n': quoted.Append("\\n"); break;
                case '\t': quoted.Append("\\t"); break;
                case '\r': quoted.Append("\\r"); break;
                default:
                    if (NeedsEscape(c))
                    {
                        quoted.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        quoted.Append(c);
                    }
                    break;
            }
        }
        return quoted.Append('"').ToString();
    }

    /// <summary>
    /// A comment line's text (without the <c>#</c>): every line break and control character becomes
    /// a space, so the comment cannot end early and let the rest be read as YAML.
    /// </summary>
    public static string Comment(string text)
    {
        var line = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            line.Append(c is '\n' or '\r' || NeedsEscape(c) ? ' ' : c);
        }
        return line.ToString();
    }

    // C0 and C1 controls, DEL, YAML 1.1's extra line breaks (NEL, LS, PS), the BOM and non-characters.
    private static bool NeedsEscape(char c) =>
        c < 0x20 || (c >= 0x7F && c <= 0x9F) || c is '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF';

    private static bool IsPlainSafe(string text) =>
        text.Length > 0
        && !char.IsWhiteSpace(text[0]) && !char.IsWhiteSpace(text[^1])
        && "-?:,[]{}#&*!|>'\"%@`".IndexOf(text[0], StringComparison.Ordinal) < 0
        && !text.Contains(": ", StringComparison.Ordinal) && !text.Contains(" #", StringComparison.Ordinal)
        && !text.EndsWith(':') && !text.Any(c => c is '\n' or '\t' || NeedsEscape(c))
        && !Ambiguous().IsMatch(text);
}
