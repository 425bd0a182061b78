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
        return DiagnosticMessages.LanguageOf(System.Globalization.CultureInfo.CurrentUICulture);
    }

    /// <summary>Replaces every description in the tree under <paramref name="command"/> by its Vietnamese when <paramref name="language"/> is vi.</summary>
    public static void Apply(Command command, string language)
    {
        if (language != "vi")
        {
            return;
        }
        command.Description = Vietnamese(command.Description);
        foreach (var option in command.Options)
        {
            option.Description = Vietnamese(option.Description);
        }
        foreach (var argument in command.Arguments)
        {
            argument.Description = Vietnamese(argument.Description);
        }
        foreach (var subcommand in command.Subcommands)
        {
            Apply(subcommand, language);
        }
    }

    /// <summary>The Vietnamese of an English description, or null when there is none.</summary>
    public static string? Translation(string? english) =>
        english is not null && HelpTexts.Vietnamese.TryGetValue(english, out var vietnamese) ? vietnamese : null;

    private static string? Vietnamese(string? english) => Translation(english) ?? english;
}
