using System.CommandLine;
using PlanGen.Core;
using PlanGen.Core.Batch;
using PlanGen.Core.Build;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Model;

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
        var diagnostics = new List<IReadOnlyList<Diagnostic>> { inputDiagnostics.Items };
        var invalid = 0;
        var passed = new List<FamilyType>();
        foreach (var file in files)
        {
            var bag = new DiagnosticBag();
            var type = FamilyTypes.Plan;
            FileFailure.Isolate(file, bag, () =>
            {
                var rendered = PlanBuild.Check(_run, file, null, bag, options);
                type = rendered?.Source is { } checkedDocument ? FamilyTypes.Of(checkedDocument.TypeCode) : FamilyTypes.Plan;
                return rendered is not null;
            });
            diagnostics.Add(bag.Items);
            invalid += bag.HasErrors ? 1 : 0;
            if (!bag.HasErrors)
            {
                passed.Add(type);
            }
            report.Progress.Step();
        }
        report.Finish(diagnostics, new BatchCounts(passed, invalid));
        failed |= invalid > 0;
        return failed ? ExitCodes.InputErrors : ExitCodes.Success;
    }
}
