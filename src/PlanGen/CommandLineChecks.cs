using System.CommandLine;
using System.CommandLine.Parsing;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Input;

namespace PlanGen.Cli;

/// <summary>
/// Checks the parser leaves to the commands: a word that looks like an option but is none
/// (<c>--frobnicate</c>) would otherwise be taken as a plan file, and an empty path or one with a
/// NUL would reach the file system. Either is a wrong command line (exit 2) and nothing runs.
/// </summary>
internal static class CommandLineChecks
{
    /// <summary>Diagnostics for the command line's faults; empty when it may run.</summary>
    public static List<Diagnostic> Check(ParseResult parse)
    {
        var faults = new List<Diagnostic>();
        foreach (var result in Results(parse.CommandResult))
        {
            var isArgument = result is ArgumentResult;
            foreach (var token in result.Tokens)
            {
                var value = token.Value;
                if (isArgument && value.Length > 1 && value[0] == '-')
                {
                    faults.Add(Fault(DiagnosticCode.UnknownOption, value));
                }
                else if (!BoundedFileReader.IsUsablePath(value))
                {
                    faults.Add(Fault(DiagnosticCode.UnusablePath, BoundedFileReader.Printable(value)));
                }
            }
        }
        return faults;
    }

    private static IEnumerable<SymbolResult> Results(CommandResult command)
    {
        for (SymbolResult? at = command; at is not null; at = at.Parent)
        {
            foreach (var child in at is CommandResult c ? c.Children : [])
            {
                if (child is ArgumentResult or OptionResult)
                {
                    yield return child;
                }
            }
        }
    }

    private static Diagnostic Fault(DiagnosticCode code, string value) =>
        new(code, Severity.Error, SourceSpan.WholeFile(value.Length == 0 ? "''" : value), [value]);
}
