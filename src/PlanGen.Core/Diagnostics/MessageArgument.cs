using System.Globalization;
using System.Text;

namespace PlanGen.Core.Diagnostics;

/// <summary>
/// The encoding of message arguments that are instructions rather than data: a translated word
/// (<see cref="Word"/>), a translated phrase with a value (<see cref="Phrase"/>) or a whole nested
/// diagnostic (<see cref="Nested"/>). Instructions start with U+FFFF, a non-character no plan may
/// hold (PG1102), and nested parts are length-prefixed, so no value a user writes — "@", "@@",
/// separators, a diagnostic two parents up — is ever read as an instruction or breaks the decoding.
/// </summary>
public static class MessageArgument
{
    private const char Mark = '\uFFFF';
    private const char WordKind = 'w';
    private const char NestedKind = 'n';
    private const char MeasureKind = 'm';

    /// <summary>A neutral word (<c>list</c>, <c>text</c>, …) printed in the reader's language.</summary>
    public static string Word(string word) => string.Concat(Mark, WordKind, Part(word));

    /// <summary>A translated phrase (resource <c>@word</c> with <c>{0}</c>, <c>{1}</c>, …) filled with <paramref name="values"/>.</summary>
    public static string Phrase(string word, params string[] values) =>
        string.Concat(Mark, WordKind, Part(word), string.Concat(values.Select(Part)));

    /// <summary>
    /// A measure written with the invariant decimal point (<c>1–1.27</c>, <c>≥ 6</c>, <c>210 × 297</c>),
    /// printed with the reader's decimal mark: in Vietnamese "1.27" reads as a hundred and twenty-seven.
    /// </summary>
    public static string Measure(string invariant) => string.Concat(Mark, MeasureKind, Part(invariant));

    /// <summary>Another diagnostic, printed in the language of the message that quotes it.</summary>
    public static string Nested(Diagnostic diagnostic)
    {
        var text = new StringBuilder().Append(Mark).Append(NestedKind);
        text.Append(Part(((int)diagnostic.Code).ToString(CultureInfo.InvariantCulture))).Append(Part(diagnostic.Span.ToString()));
        foreach (var argument in diagnostic.Arguments)
        {
            text.Append(Part(argument));
        }
        return text.ToString();
    }

    /// <summary>True when the argument is an instruction; its kind and parts are returned.</summary>
    internal static bool TryDecode(string argument, out char kind, out List<string> parts)
    {
        kind = '\0';
        parts = [];
        if (argument.Length < 2 || argument[0] != Mark)
        {
            return false;
        }
        kind = argument[1];
        var at = 2;
        while (at < argument.Length)
        {
            var colon = argument.IndexOf(':', at);
            if (colon < 0 || !int.TryParse(argument.AsSpan(at, colon - at), NumberStyles.None, CultureInfo.InvariantCulture, out var length)
                || length > argument.Length - colon - 1)
            {
                return false;
            }
            parts.Add(argument.Substring(colon + 1, length));
            at = colon + 1 + length;
        }
        return kind is WordKind or NestedKind or MeasureKind && parts.Count > 0;
    }

    internal static bool IsWord(char kind) => kind == WordKind;

    internal static bool IsMeasure(char kind) => kind == MeasureKind;

    private static string Part(string text) => text.Length.ToString(CultureInfo.InvariantCulture) + ":" + text;
}
