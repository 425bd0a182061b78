using System.CommandLine;

namespace PlanGen.Cli;

/// <summary>Options every command accepts.</summary>
internal static class GlobalOptions
{
    public static readonly Option<string?> Language = new("--lang")
    {
        Description = "Language of messages: vi or en (default: from the system culture)",
        Recursive = true,
    };

    public static readonly Option<string> Diagnostics = new("--diagnostics")
    {
        Description = "Format of diagnostics on stderr: text or json",
        DefaultValueFactory = _ => "text",
        Recursive = true,
    };

    public static readonly Option<bool> Quiet = new("--quiet", "-q")
    {
        Description = "Print errors only",
        Recursive = true,
    };

    public static readonly Option<bool> Verbose = new("--verbose")
    {
        Description = "Print every warning, also those repeated across many plans",
        Recursive = true,
    };

    static GlobalOptions()
    {
        Language.AcceptOnlyFromAmong("vi", "en");
        Diagnostics.AcceptOnlyFromAmong("text", "json");
    }

    /// <summary>Applies the global options of a parse to the console.</summary>
    public static void Apply(ParseResult parse, CliConsole console)
    {
        if (parse.GetValue(Language) is { } language)
        {
            console.Language = language;
        }
        console.JsonDiagnostics = parse.GetValue(Diagnostics) == "json";
        console.Detail = parse.GetValue(Quiet) ? Core.Diagnostics.DiagnosticDetail.Quiet
            : parse.GetValue(Verbose) ? Core.Diagnostics.DiagnosticDetail.Verbose
            : Core.Diagnostics.DiagnosticDetail.Normal;
    }
}
