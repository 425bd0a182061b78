using System.CommandLine;
using PlanGen.Core;
using PlanGen.Core.Batch;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Output;
using PlanGen.Core.Reports.Deadlines;

namespace PlanGen.Cli.Commands;

/// <summary>
/// <c>plangen deadlines PLAN... [--format table|csv|ics] [-o FILE] [--force]</c>: every report due
/// date and task timeline of the plans (folders expand to their plans), to standard output unless
/// -o names a file. Nothing is written when a plan cannot be read.
/// </summary>
internal sealed class DeadlinesCommand : Command
{
    private readonly CliConsole _console;
    private readonly PlanGenRun _run;

    public DeadlinesCommand(CliConsole console, PlanGenRun run)
        : base("deadlines", "List every report due date and task timeline of plans and their sub-plans: a table, CSV or iCalendar")
    {
        _console = console;
        _run = run;
        Arguments.Add(Plans);
        Format.AcceptOnlyFromAmong("table", "csv", "ics");
        Options.Add(Format);
        Options.Add(Output);
        Options.Add(Force);
        SetAction(Run);
    }

    public Argument<string[]> Plans { get; } = new("plans")
    {
        Description = "Plan YAML files or folders of them",
        Arity = ArgumentArity.OneOrMore,
    };

    public Option<string> Format { get; } = new("--format")
    {
        Description = "Output format: table, csv (for Excel) or ics (to import into a calendar)",
        DefaultValueFactory = _ => "table",
    };

    public Option<string?> Output { get; } = new("--output", "-o")
    {
        Description = "The file to write (default: standard output)",
    };

    public Option<bool> Force { get; } = new("--force")
    {
        Description = "Overwrite the output file if it exists",
    };

    private int Run(ParseResult parse)
    {
        var diagnostics = new DiagnosticBag();
        var plans = InputFiles.Expand(parse.GetValue(Plans) ?? [], diagnostics);
        var entries = diagnostics.HasErrors ? null : PlanDeadlines.Of(_run, plans, diagnostics);
        if (entries is null || diagnostics.HasErrors)
        {
            _console.Report(diagnostics.Items);
            return ExitCodes.InputErrors;
        }
        var format = parse.GetValue(Format);
        var output = parse.GetValue(Output);
        var text = format switch
        {
            "csv" => DeadlineCsvFormatter.Format(entries, _console.Language),
            "ics" => DeadlineIcsFormatter.Format(entries),
            _ => DeadlineTableFormatter.Format(entries, _console.Language),
        };
        var written = TextReportOutput.Write(_run, _console, output, text, format == "csv", plans, parse.GetValue(Force), diagnostics);
        _console.Report(diagnostics.Items);
        if (!written)
        {
            return ExitCodes.InputErrors;
        }
        if (format == "ics" && DeadlineText.LeftOutOfCalendar(entries, _console.Language) is { } note && _console.Detail != DiagnosticDetail.Quiet)
        {
            _console.Error.WriteLine(note);
        }
        return ExitCodes.Success;
    }
}
