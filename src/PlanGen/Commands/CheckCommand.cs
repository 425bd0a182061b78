using System.CommandLine;
using PlanGen.Core;
using PlanGen.Core.Check;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Layout;

namespace PlanGen.Cli.Commands;

/// <summary>
/// <c>plangen check FILE.docx... [--fix [-o OUT.docx|FOLDER]] [--profile FILE]</c>: any DOCX against
/// Decree 30's layout; with --fix, a repaired copy is written and what is left is reported. A PDF is
/// checked for signing (<see cref="ISigningCheck"/>); it is never fixed.
/// </summary>
internal sealed class CheckCommand : Command
{
    private readonly CliConsole _console;
    private readonly PlanGenRun _run;

    public CheckCommand(CliConsole console, PlanGenRun run)
        : base("check", "Check any DOCX against the layout of Decree 30/2020/NĐ-CP, or a PDF for signing")
    {
        _console = console;
        _run = run;
        Arguments.Add(Files);
        Options.Add(Profile);
        Options.Add(Fix);
        Options.Add(Output);
        SetAction(Run);
    }

    public Argument<string[]> Files { get; } = new("files")
    {
        Description = "DOCX or PDF files, or folders of DOCX files",
        Arity = ArgumentArity.OneOrMore,
    };

    public Option<string?> Profile { get; } = new("--profile")
    {
        Description = "An office's layout values (YAML, e.g. body_size_pt: 13), inside the decree's ranges",
    };

    public Option<bool> Fix { get; } = new("--fix")
    {
        Description = "Write a copy with the mechanical findings repaired (NAME.fixed.docx unless -o says where)",
    };

    public Option<string?> Output { get; } = new("--output", "-o")
    {
        Description = "With --fix: the fixed DOCX (one input) or a folder (several)",
    };

    private int Run(ParseResult parse)
    {
        LayoutProfile? profile = null;
        if (parse.GetValue(Profile) is { } profilePath)
        {
            var profileDiagnostics = new DiagnosticBag();
            profile = LayoutProfileFile.Read(profilePath, profileDiagnostics);
            _console.Report(profileDiagnostics.Items);
            if (profile is null) return ExitCodes.InputErrors;
        }

        var options = new CheckBatchOptions
        {
            Profile = profile,
            ProfilePath = parse.GetValue(Profile),
            Fix = parse.GetValue(Fix),
            Output = parse.GetValue(Output),
        };
        var refusals = new DiagnosticBag();
        var files = CheckBatch.Run(_run, parse.GetValue(Files)!, options, refusals);
        _console.Report(refusals.Items);
        var failed = refusals.HasErrors;
        // Each file's findings are printed as soon as it is checked.
        foreach (var file in files)
        {
            _console.Report(file.Diagnostics.Items);
            // With --fix the findings are those left in the fixed copy, so its line names the copy.
            if (file.Checked && !_console.JsonDiagnostics && _console.Detail != DiagnosticDetail.Quiet)
            {
                _console.Error.WriteLine(SummaryText.FileCounts(file.FixedCopy ?? file.Path, file.Diagnostics.Items, _console.Language));
            }
            failed |= file.Diagnostics.HasErrors;
        }

        return failed ? ExitCodes.InputErrors : ExitCodes.Success;
    }
}
