using System.CommandLine;
using PlanGen.Core;
using PlanGen.Core.Batch;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Import;
using PlanGen.Core.Output;
using PlanGen.Core.Templating;

namespace PlanGen.Cli.Commands;

/// <summary>
/// <c>plangen import FILE.docx|FILE.pdf|FILE.txt... [-o PLAN.yaml|FOLDER] [--force] [--template NAME]</c>:
/// a plan YAML (or a report's, a decision's with its plan beside it, a Tờ trình's, Thông báo's or Công văn's) from a document that already exists. Documents import in parallel; each YAML is
/// written whole or not at all, and never over an existing file without --force.
/// </summary>
internal sealed class ImportCommand : Command
{
    private readonly CliConsole _console;
    private readonly PlanGenRun _run;

    public ImportCommand(CliConsole console, PlanGenRun run)
        : base("import", "Write a plan YAML from an existing document (DOCX, PDF or text)")
    {
        _console = console;
        _run = run;
        Arguments.Add(Documents);
        Options.Add(Output);
        Options.Add(Force);
        Options.Add(Template);
        Options.Add(ReportsOn);
        Options.Add(Period);
        Validators.Add(result => PeriodArgument.Check(result, Period));
        SetAction(Run);
    }

    public Argument<string[]> Documents { get; } = new("documents")
    {
        Description = "DOCX, PDF or text files, or folders of them",
        Arity = ArgumentArity.OneOrMore,
    };

    public Option<string?> Output { get; } = new("--output", "-o")
    {
        Description = "The YAML file (one document) or folder (several); default: beside each document",
    };

    public Option<bool> Force { get; } = new("--force")
    {
        Description = "Overwrite existing YAML files",
    };

    public Option<string?> Template { get; } = new("--template")
    {
        Description = "The template the plan names, instead of the one its parts suggest",
    };

    public Option<string?> ReportsOn { get; } = new("--reports-on")
    {
        HelpName = "plan",
        Description = "For a report that cites no plan: the plan it reports on, its file (YAML, DOCX, PDF, text) or its citation",
    };

    public Option<string?> Period { get; } = new("--period")
    {
        Description = "For a report that names no period: 2024-06 (a month), 2024-q2, 2024-6m, 2024-9m or 2024",
    };

    private int Run(ParseResult parse)
    {
        // The template the plans will name is checked before any document is read.
        var template = parse.GetValue(Template);
        if (template is not null)
        {
            var templateDiagnostics = new DiagnosticBag();
            var found = TemplateCatalog.BuiltIn.Find(_run, template, templateDiagnostics);
            _console.Report(templateDiagnostics.Items);
            if (found is null)
            {
                return ExitCodes.InputErrors;
            }
        }
        var arguments = parse.GetValue(Documents)!;
        var inputDiagnostics = new DiagnosticBag();
        var files = InputFiles.ExpandDocuments(_run, arguments, inputDiagnostics);
        var targets = OutputPaths.ForImport(arguments, files, parse.GetValue(Output));
        // A file named on the command line is meant as a document; one found in a folder may be its notes.
        var foundInFolder = files.Select(f => !arguments.Contains(f, StringComparer.Ordinal)).ToList();
        var attached = new string?[files.Count];
        var outcomes = ImportBatch.Run(_run, files, targets, Stated(parse, template), parse.GetValue(Force), foundInFolder, attached);

        _console.Report(inputDiagnostics.Items);
        for (var i = 0; i < files.Count; i++)
        {
            var skipped = outcomes[i].Diagnostics.Items.Any(ImportBatch.IsSkipNote);
            var verbose = _console.Detail == DiagnosticDetail.Verbose;
            var shown = ImportFindings.Shown(outcomes[i].Diagnostics.Items, outcomes[i].Succeeded, verbose);
            _console.Report([.. shown.Where(d => !ImportBatch.IsSkipNote(d) || verbose)]);
            if (outcomes[i].Succeeded && !skipped)
            {
                _console.Out.WriteLine(targets[i]);
                // A decision's plan, written beside it.
                if (attached[i] is { } plan) _console.Out.WriteLine(plan);
            }
        }
        return !inputDiagnostics.HasErrors && outcomes.All(o => o.Succeeded) ? ExitCodes.Success : ExitCodes.InputErrors;
    }

    private ImportOptions Stated(ParseResult parse, string? template) =>
        new(template, parse.GetValue(ReportsOn), parse.GetValue(Period) is { } period ? Core.Format.ReportPeriods.Parse(period) : null);
}
