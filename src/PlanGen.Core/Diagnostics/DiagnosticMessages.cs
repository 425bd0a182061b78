using System.Globalization;
using System.Resources;

namespace PlanGen.Core.Diagnostics;

/// <summary>
/// Message texts of the diagnostics, from the resources <c>Messages.resx</c> (English) and
/// <c>Messages.vi.resx</c> (Vietnamese). An argument written as <c>@word</c> is itself looked up,
/// so readers can pass neutral words such as <c>@list</c> and still get a translated message.
/// </summary>
public static class DiagnosticMessages
{
    private static readonly ResourceManager Resources =
        new("PlanGen.Core.Diagnostics.Messages", typeof(DiagnosticMessages).Assembly);

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi");

    /// <summary>The printed form of a code: <c>PG1001</c>.</summary>
    public static string Id(DiagnosticCode code) => "PG" + ((int)code).ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>The severity a code has unless a rule says otherwise.</summary>
    public static Severity DefaultSeverity(DiagnosticCode code) => DefaultSeverities.Of(code);

    /// <summary>
    /// The language to speak when the user did not choose one: Vietnamese under a Vietnamese UI
    /// culture, English otherwise.
    /// </summary>
    public static string LanguageOf(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "vi" ? "vi" : "en";

    /// <summary>The formatted message of a code in a language (<c>vi</c> or <c>en</c>).</summary>
    public static string Format(DiagnosticCode code, string language, IReadOnlyList<string> arguments) =>
        Fill(Lookup(Id(code), language) ?? Id(code), language, arguments);

    /// <summary>The formatted hint of a code, or null when it has none.</summary>
    public static string? Hint(DiagnosticCode code, string language, IReadOnlyList<string> arguments)
    {
        var text = Lookup(Id(code) + ".hint", language);
        return text is null ? null : Fill(text, language, arguments);
    }

    /// <summary>
    /// An argument that prints another diagnostic ("file(line,col): PGnnnn message") in the
    /// language of the message that quotes it, so PG2103 can name the parent's own error in the
    /// reader's language rather than the one it was found in.
    /// </summary>
    public static string Nested(Diagnostic diagnostic) =>
        NestedMark + string.Join(Separator, [((int)diagnostic.Code).ToString(CultureInfo.InvariantCulture), diagnostic.Span.ToString(), .. diagnostic.Arguments]);

    /// <summary>
    /// An argument that prints a neutral phrase (a word of the message resources with its values
    /// filled in) in the language of the message that quotes it.
    /// </summary>
    public static string PhraseArgument(string word, IReadOnlyList<string> values) =>
        "@" + word + ":" + string.Join(Separator, values);

    private const string NestedMark = "@@";
    private const char Separator = '\u001F';

    /// <summary>A neutral word (<c>list</c>, <c>text</c>, …) in a language.</summary>
    public static string Word(string word, string language) => Lookup("@" + word, language) ?? word;

    // "@word" is a translated word; "@word:value" a translated phrase with the value (or values,
    // split at the separator) filled in.
    private static string Phrase(string reference, string language)
    {
        var colon = reference.IndexOf(':', StringComparison.Ordinal);
        return colon < 0
            ? Word(reference, language)
            : string.Format(CultureInfo.InvariantCulture, Word(reference[..colon], language), [.. reference[(colon + 1)..].Split(Separator)]);
    }

    private static string? Lookup(string key, string language) =>
        Resources.GetString(key, language == "vi" ? Vietnamese : CultureInfo.InvariantCulture);

    private static string Fill(string template, string language, IReadOnlyList<string> arguments)
    {
        var values = new object[Math.Max(arguments.Count, 4)];
        for (var i = 0; i < values.Length; i++)
        {
            var argument = i < arguments.Count ? arguments[i] : "";
            values[i] = argument.StartsWith(NestedMark, StringComparison.Ordinal) ? FormatNested(argument[NestedMark.Length..], language)
                : argument.StartsWith('@') ? Phrase(argument[1..], language)
                : argument;
        }
        return string.Format(CultureInfo.InvariantCulture, template, values);
    }

    private static string FormatNested(string encoded, string language)
    {
        var parts = encoded.Split(Separator);
        var code = (DiagnosticCode)int.Parse(parts[0], CultureInfo.InvariantCulture);
        return parts[1] + ": " + Id(code) + " " + Format(code, language, parts[2..]);
    }
}
