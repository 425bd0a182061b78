using System.CommandLine;
using System.CommandLine.Parsing;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Input;

namespace PlanGen.Cli;

/// <summary>
/// Checks the parser leaves to the commands: a word that looks like an option but is none
/// (<c>--frobnicate</c>) would otherwise be taken as a plan file, and an empty path or one with a
/// NUL would reach the file system. Either is a wrong command line (exit 2) and nothing runs.
/// After <c>--</c> every word is a file, as in other command-line tools (<c>build -- -x.yaml</c>).
/// </summary>
internal static class CommandLineChecks
{
    /// <summary>Diagnostics for the command line's faults; empty when it may run.</summary>
    public static List<Diagnostic> Check(ParseResult parse)
    {
        var faults = new List<Diagnostic>();
        var afterDoubleDash = AfterDoubleDash(parse);
        foreach (var result in Results(parse.CommandResult))
        {
            var isArgument = result is ArgumentResult;
            foreach (var token in result.Tokens)
            {
                var value = token.Value;
                if (isArgument && value.Length > 1 && value[0] == '-' && !afterDoubleDash.Contains(token))
                {
                    faults.Add(Fault(DiagnosticCode.UnknownOption, value));
                }
                else if (!BoundedFile.IsUsablePath(value))
                {
                    faults.Add(Fault(DiagnosticCode.UnusablePath, BoundedFile.Printable(value)));
                }
            }
        }
        return faults;
    }

    // The very tokens that follow "--" (by reference: an equal word before it is still checked).
    private static HashSet<Token> AfterDoubleDash(ParseResult parse)
    {
        var after = new HashSet<Token>(ReferenceEqualityComparer.Instance);
        var seen = false;
        foreach (var token in parse.Tokens)
        {
            if (seen) after.Add(token);
            else seen = token.Type == TokenType.DoubleDash;
        }
        return after;
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
