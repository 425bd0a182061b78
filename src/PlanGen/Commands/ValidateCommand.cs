using System.CommandLine;
using PlanGen.Core;
using PlanGen.Core.Batch;
using PlanGen.Core.Build;
using PlanGen.Core.Diagnostics;

namespace PlanGen.Cli.Commands;

/// <summary><c>plangen validate PLAN.yaml...</c>: every check of build, no output file.</summary>
internal sealed class ValidateCommand : Command
{
    private readonly CliConsole _console;
    private readonly PlanGenRun _run;

    public ValidateCommand(CliConsole console, PlanGenRun run)
        : base("validate", "Check plans without building them")
    {
        _console = console;
        _run = run;
        Arguments.Add(Plans);
        Options.Add(Strict);
        SetAction(Run);
    }

    public Argument<string[]> Plans { get; } = new("plans")
    {
        Description = "Plan YAML files or folders of them",
        Arity = ArgumentArity.OneOrMore,
    };

    public Option<bool> Strict { get; } = new("--strict")
    {
        Description = "Treat untaken parent tasks as errors",
    };

    private int Run(ParseResult parse)
    {
        var inputDiagnostics = new DiagnosticBag();
        var files = InputFiles.Expand(parse.GetValue(Plans)!, inputDiagnostics);
        var failed = inputDiagnostics.HasErrors;
        var options = new PlanCheckOptions(parse.GetValue(Strict));
        var report = BatchReport.ForValidate(_console, files.Count);
        var (outcomes, types) = ValidateBatch.Run(_run, files, options, report.Progress.Step);
        var invalid = outcomes.Count(o => !o.Succeeded);
        report.Finish([inputDiagnostics.Items, .. outcomes.Select(o => o.Diagnostics.Items)], new BatchCounts([.. types.Where((_, i) => outcomes[i].Succeeded)], invalid));
        failed |= invalid > 0;
        return failed ? ExitCodes.InputErrors : ExitCodes.Success;
    }
}
