using System.Globalization;
using System.Resources;

namespace PlanGen.Core.Diagnostics;

/// <summary>
/// Message texts of the diagnostics, from the resources <c>Messages.resx</c> (English) and
/// <c>Messages.vi.resx</c> (Vietnamese). An argument made with <see cref="MessageArgument.Word"/>
/// is itself looked up, so readers can pass neutral words such as <c>list</c> and still get a
/// translated message; any other argument is data and printed as written.
/// </summary>
public static class DiagnosticMessages
{
    private static readonly ResourceManager Resources =
        new("PlanGen.Core.Diagnostics.Messages", typeof(DiagnosticMessages).Assembly);

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi");

    // POSIX order: LC_ALL overrides LC_MESSAGES, which overrides LANG.
    private static readonly string[] LocaleVariables = ["LC_ALL", "LC_MESSAGES", "LANG"];
    private static readonly char[] LocaleSeparators = ['_', '.', '-', '@'];

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

    /// <summary>
    /// The language of the user's settings: the UI culture, or where that is the invariant culture
    /// the POSIX locale variables (LC_ALL, then LC_MESSAGES, then LANG, as <c>vi_VN.UTF-8</c>). The
    /// Linux builds run without the ICU library, in the invariant culture, and read them here.
    /// </summary>
    public static string UserLanguage(CultureInfo culture, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(culture);
        ArgumentNullException.ThrowIfNull(environment);
        if (!string.IsNullOrEmpty(culture.Name))
        {
            return LanguageOf(culture);
        }
        // language[_territory][.codeset][@modifier]
        var locale = LocaleVariables.Select(environment).FirstOrDefault(v => !string.IsNullOrEmpty(v));
        return locale?.Split(LocaleSeparators, 2)[0] == "vi" ? "vi" : "en";
    }

    /// <summary><see cref="UserLanguage(CultureInfo, Func{string, string?})"/> of this process.</summary>
    public static string UserLanguage() => UserLanguage(CultureInfo.CurrentUICulture, Environment.GetEnvironmentVariable);

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
    /// The sentence that tells a finding's paragraphs: "The same holds for 53 paragraphs in all:
    /// paragraphs 2–6, 8, 10–55." A place is a paragraph, or a PDF's page, by its number (its line, from 1).
    /// </summary>
    public static string SameAt(IReadOnlyList<SourceSpan> places, PlaceKind kind, string language)
    {
        ArgumentNullException.ThrowIfNull(places);
        var numbers = places.Select(p => p.StartLine + 1).ToList();
        var word = kind switch { PlaceKind.Page => "places.pages", PlaceKind.Line => "places.lines", _ => "places.paragraphs" };
        return string.Format(CultureInfo.InvariantCulture, Word(word, language),
            numbers.Distinct().Count().ToString(CultureInfo.InvariantCulture), ParagraphRanges.Format(numbers));
    }

    /// <summary>The text of one message argument (a word, a phrase, a measure or data) in a language.</summary>
    public static string Text(string argument, string language) => Argument(argument, language);

    /// <summary>
    /// An argument that prints another diagnostic ("file(line,col): PGnnnn message") in the
    /// language of the message that quotes it, so PG2103 can name the parent's own error in the
    /// reader's language rather than the one it was found in.
    /// </summary>
    public static string Nested(Diagnostic diagnostic) => MessageArgument.Nested(diagnostic);

    /// <summary>
    /// An argument that prints a neutral phrase (a word of the message resources with its values
    /// filled in) in the language of the message that quotes it.
    /// </summary>
    public static string PhraseArgument(string word, IReadOnlyList<string> values) => MessageArgument.Phrase(word, [.. values]);

    /// <summary>A neutral word (<c>list</c>, <c>text</c>, …) in a language.</summary>
    public static string Word(string word, string language) => Lookup("@" + word, language) ?? word;

    private static string? Lookup(string key, string language) =>
        Resources.GetString(key, language == "vi" ? Vietnamese : CultureInfo.InvariantCulture);

    private static string Fill(string template, string language, IReadOnlyList<string> arguments)
    {
        var values = new object[Math.Max(arguments.Count, 4)];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = i < arguments.Count ? Argument(arguments[i], language) : "";
        }
        return string.Format(CultureInfo.InvariantCulture, template, values);
    }

    // Data is printed as written; only encoded instructions (MessageArgument) are interpreted.
    private static string Argument(string argument, string language)
    {
        if (!MessageArgument.TryDecode(argument, out var kind, out var parts))
        {
            return EchoText.Excerpt(argument);
        }
        if (MessageArgument.IsMeasure(kind))
        {
            return language == "vi" ? parts[0].Replace('.', ',') : parts[0];
        }
        if (MessageArgument.IsWord(kind))
        {
            var word = Word(parts[0], language);
            // A value that is itself an instruction (a place named in words inside a phrase) is printed in the same language.
            return parts.Count > 1
                ? string.Format(CultureInfo.InvariantCulture, word, [.. parts[1..].Select(p => MessageArgument.TryDecode(p, out _, out _) ? Argument(p, language) : p)])
                : word;
        }
        if (parts.Count < 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return EchoText.Excerpt(argument);
        }
        var code = (DiagnosticCode)number;
        return parts[1] + ": " + Id(code) + " " + Format(code, language, parts[2..]);
    }
}
