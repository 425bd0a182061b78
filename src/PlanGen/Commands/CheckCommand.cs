using System.CommandLine;
using PlanGen.Core.Diagnostics;
using PlanGen.Docx;
using PlanGen.Docx.Checking;

namespace PlanGen.Cli.Commands;

/// <summary><c>plangen check FILE.docx... [--profile FILE]</c>: any DOCX against Decree 30's layout.</summary>
internal sealed class CheckCommand : Command
{
    private readonly CliConsole _console;

    public CheckCommand(CliConsole console)
        : base("check", "Check any DOCX against the layout of Decree 30/2020/NĐ-CP")
    {
        _console = console;
        Arguments.Add(Files);
        Options.Add(Profile);
        SetAction(Run);
    }

    public Argument<string[]> Files { get; } = new("files")
    {
        Description = "DOCX files or folders of them",
        Arity = ArgumentArity.OneOrMore,
    };

    public Option<string?> Profile { get; } = new("--profile")
    {
        Description = "An office's layout values (YAML, e.g. body_size_pt: 13), inside the decree's ranges",
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

        var ranges = DecreeCheck.RangesFor(profile);
        var failed = false;
        foreach (var file in parse.GetValue(Files)!.SelectMany(DecreeCheck.Expand))
        {
            var diagnostics = new DiagnosticBag();
            DecreeCheck.Run(file, ranges, diagnostics);
            _console.Report(diagnostics.Items);
            failed |= diagnostics.HasErrors;
        }

        return failed ? ExitCodes.InputErrors : ExitCodes.Success;
    }
}
