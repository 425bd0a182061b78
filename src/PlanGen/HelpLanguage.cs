using System.Collections.Frozen;
using System.CommandLine;
using PlanGen.Core.Diagnostics;

namespace PlanGen.Cli;

/// <summary>
/// Puts <c>--help</c> and the command descriptions in the run's language. The commands are
/// described in English where they are declared; this holds the Vietnamese of each description,
/// keyed by the English, and a test checks that every description of the tree has one.
/// </summary>
internal static class HelpLanguage
{
    /// <summary>The language of the run before parsing: <c>--lang vi|en</c> if given, else the system's.</summary>
    public static string Of(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--lang" && i + 1 < args.Count && args[i + 1] is "vi" or "en")
            {
                return args[i + 1];
            }
            if (args[i] is "--lang=vi" or "--lang:vi")
            {
                return "vi";
            }
            if (args[i] is "--lang=en" or "--lang:en")
            {
                return "en";
            }
        }
        return DiagnosticMessages.UserLanguage();
    }

    /// <summary>Puts every description in the tree under <paramref name="command"/> in <paramref name="language"/> (vi or en).</summary>
    public static void Apply(Command command, string language)
    {
        // The global options are shared by every run in a process, so they are also put back in English.
        Func<string?, string?> translate = language == "vi" ? Vietnamese : EnglishOf;
        command.Description = translate(command.Description);
        foreach (var option in command.Options)
        {
            option.Description = translate(option.Description);
            if (option.HelpName is null || Placeholder.Contains(option.HelpName))
            {
                option.HelpName = PlaceholderIn(option.Name.TrimStart('-'), language);
            }
            else if (PlaceholderIn(option.HelpName, language) is { } own)
            {
                // A value name the option sets itself (--reports-on's "plan"); the command's options are made anew for each run.
                option.HelpName = own;
            }
        }
        foreach (var argument in command.Arguments)
        {
            argument.Description = translate(argument.Description);
            argument.HelpName = PlaceholderIn(argument.Name, language);
        }
        foreach (var subcommand in command.Subcommands)
        {
            Apply(subcommand, language);
        }
    }

    // The Vietnamese placeholders, to tell them from a help name a command sets itself (--for's).
    private static readonly FrozenSet<string> Placeholder = HelpTexts.Placeholders.Values.ToFrozenSet(StringComparer.Ordinal);

    // In English the name itself is shown (null); in Vietnamese its translation, when it has one.
    private static string? PlaceholderIn(string name, string language) =>
        language == "vi" && HelpTexts.Placeholders.TryGetValue(name, out var vietnamese) ? vietnamese : null;

    private static readonly FrozenDictionary<string, string> English =
        HelpTexts.Vietnamese.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    private static string? EnglishOf(string? text) => text is not null && English.TryGetValue(text, out var english) ? english : text;

    /// <summary>The Vietnamese of an English description, or null when there is none.</summary>
    public static string? Translation(string? english) =>
        english is not null && HelpTexts.Vietnamese.TryGetValue(english, out var vietnamese) ? vietnamese : null;

    private static string? Vietnamese(string? english) => Translation(english) ?? english;
}
