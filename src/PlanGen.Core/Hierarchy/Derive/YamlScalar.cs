using System.Text;
using System.Text.RegularExpressions;

namespace PlanGen.Core.Hierarchy.Derive;

/// <summary>Writes a text as a YAML scalar: plain when YAML reads it back unchanged as text, else double-quoted.</summary>
internal static partial class YamlScalar
{
    [GeneratedRegex(@"^([-+]?[\d._]+|\d{4}-\d\d(-\d\d)?|true|false|yes|no|on|off|null|~|y|n)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Ambiguous();

    public static string Of(string text)
    {
        if (IsPlainSafe(text))
        {
            return text;
        }
        var quoted = new StringBuilder("\"");
        foreach (var c in text)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                _ => c.ToString(),
            });
        }
        return quoted.Append('"').ToString();
    }

    private static bool IsPlainSafe(string text) =>
        text.Length > 0
        && !char.IsWhiteSpace(text[0]) && !char.IsWhiteSpace(text[^1])
        && "-?:,[]{}#&*!|>'\"%@`".IndexOf(text[0], StringComparison.Ordinal) < 0
        && !text.Contains(": ", StringComparison.Ordinal) && !text.Contains(" #", StringComparison.Ordinal)
        && !text.EndsWith(':') && text.IndexOfAny(['\n', '\r', '\t']) < 0
        && !Ambiguous().IsMatch(text);
}
