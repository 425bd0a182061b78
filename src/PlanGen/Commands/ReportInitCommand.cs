using System.CommandLine;
using PlanGen.Core.Format;
using PlanGen.Core;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Output;
using PlanGen.Core.Reports;

namespace PlanGen.Cli.Commands;

/// <summary>
/// <c>plangen report init PLAN --unit UNIT --period 2024-6m [-o REPORT.yaml] [--force]</c>: a unit's
/// report skeleton on a plan for one period, which validates and builds as it is.
/// </summary>
internal sealed class ReportInitCommand : Command
{
    private readonly CliConsole _console;
    private readonly PlanGenRun _run;

    public ReportInitCommand(CliConsole console, PlanGenRun run)
        : base("init", "Write the skeleton of a unit's report on a plan for one period")
    {
        _console = console;
        _run = run;
        Arguments.Add(Plan);
        Options.Add(Unit);
        Options.Add(Period);
        Options.Add(Output);
        Options.Add(Force);
        Validators.Add(result => PeriodArgument.Check(result, Period));
        SetAction(Run);
    }

    public Argument<string> Plan { get; } = new("plan")
    {
        Description = "The plan reported on: its YAML, DOCX, PDF or text",
    };

    public Option<string> Unit { get; } = new("--unit", "-u")
    {
        Description = "The unit that reports, by any name or id in units.yaml",
        Required = true,
    };

    public Option<string?> Period { get; } = new("--period", "-p")
    {
        Description = "The period: 2024-06 (a month), 2024-q2, 2024-6m, 2024-9m or 2024",
        Required = true,
    };

    public Option<string?> Output { get; } = new("--output", "-o")
    {
        Description = "The report to write (default: <plan folder>/bc-<unit id>-<period>.yaml)",
    };

    public Option<bool> Force { get; } = new("--force")
    {
        Description = "Overwrite the output file if it exists",
    };

    private int Run(ParseResult parse)
    {
        var diagnostics = new DiagnosticBag();
        var plan = parse.GetValue(Plan)!;
        var started = ReportStarter.Start(_run, plan, parse.GetValue(Unit)!, ReportPeriods.Parse(parse.GetValue(Period)!)!, parse.GetValue(Output), diagnostics);
        var written = started is not null && OutputTargets.MayWrite(started.Path, [plan], diagnostics)
            && OutputFile.WriteAtomically(_run, started.Path, started.Yaml, parse.GetValue(Force), diagnostics);
        _console.Report(diagnostics.Items);
        if (!written)
        {
            return ExitCodes.InputErrors;
        }
        var from = started!.Window.From.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
        var to = started.Window.To.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
        var due = started.Due.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
        _console.Out.WriteLine(_console.Language == "vi"
            ? $"Đã ghi {started.Path}: {started.Tasks.Count} nhiệm vụ; số liệu từ {from} đến {to}; hạn gửi {due}."
            : $"Wrote {started.Path}: {started.Tasks.Count} tasks; figures from {from} to {to}; due {due}.");
        return ExitCodes.Success;
    }
}
