using System.Text;

namespace PlanGen.Core.Document.Grammar;

/// <summary>What every piece of the grammar reads alike: spaces and the dashes a word processor substitutes.</summary>
internal static class GrammarText
{
    /// <summary>The dashes typed for a hyphen: en dash, em dash, minus, non-breaking hyphen.</summary>
    public static bool IsDash(char c) => c is '-' or '–' or '—' or '−' or '\u2011';

    /// <summary>A space of any kind, the non-breaking one included.</summary>
    public static bool IsSpace(char c) => char.IsWhiteSpace(c);

    /// <summary>The text with each run of spaces as one plain space, trimmed.</summary>
    public static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (IsSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }
            if (space) builder.Append(' ');
            space = false;
            builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>The text without the end punctuation a line may carry (<c>;</c>, <c>.</c>, <c>,</c>) and spaces.</summary>
    public static string TrimEndPunctuation(string text) => text.TrimEnd(';', '.', ',', ' ', '\u00A0', '\t');
}
