using System.CommandLine;
using PlanGen.Core;
using PlanGen.Core.Batch;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Output;
using PlanGen.Core.Reports.Aggregation;

namespace PlanGen.Cli.Commands;

/// <summary>
/// <c>plangen report aggregate PLAN REPORT... [-o DRAFT.yaml] [--force]</c>: the plan issuer's report
/// draft from its units' reports; exits 1 while a unit that leads a task has not reported or a led
/// task has no status, as coverage does while a task is not taken up.
/// </summary>
internal sealed class ReportAggregateCommand : Command
{
    private readonly CliConsole _console;
    private readonly PlanGenRun _run;

    public ReportAggregateCommand(CliConsole console, PlanGenRun run)
        : base("aggregate", "Put the units' reports on a plan together into the issuer's report draft")
    {
        _console = console;
        _run = run;
        Arguments.Add(Plan);
        Arguments.Add(Reports);
        Options.Add(Output);
        Options.Add(Force);
        SetAction(Run);
    }

    public Argument<string> Plan { get; } = new("plan")
    {
        Description = "The plan reported on: its YAML, DOCX, PDF or text",
    };

    public Argument<string[]> Reports { get; } = new("reports")
    {
        Description = "The units' report YAML files or folders of them",
        Arity = ArgumentArity.OneOrMore,
    };

    public Option<string?> Output { get; } = new("--output", "-o")
    {
        Description = "The draft to write (default: <plan folder>/bc-tong-hop-<period>.yaml)",
    };

    public Option<bool> Force { get; } = new("--force")
    {
        Description = "Overwrite the output file if it exists",
    };

    private int Run(ParseResult parse)
    {
        var diagnostics = new DiagnosticBag();
        var plan = parse.GetValue(Plan)!;
        var files = InputFiles.Expand(parse.GetValue(Reports)!, diagnostics);
        var draft = ReportAggregator.Aggregate(_run, plan, files, parse.GetValue(Output), diagnostics);
        var written = draft is not null && OutputTargets.MayWrite(draft.Path, [plan, .. files], diagnostics)
            && OutputFile.WriteAtomically(_run, draft.Path, draft.Yaml, parse.GetValue(Force), diagnostics);
        _console.Report(diagnostics.Items);
        if (!written)
        {
            return ExitCodes.InputErrors;
        }
        _console.Out.WriteLine(_console.Language == "vi"
            ? $"Đã ghi {draft!.Path}: tổng hợp {draft.Reported.Count} báo cáo; {draft.NotReported.Count} đơn vị chủ trì chưa báo cáo; {draft.WithoutStatus.Count} nhiệm vụ chủ trì chưa ghi tình trạng thực hiện."
            : $"Wrote {draft!.Path}: {draft.Reported.Count} reports put together; {draft.NotReported.Count} lead units have not reported; {draft.WithoutStatus.Count} led tasks have no status.");
        return draft.HasGaps ? ExitCodes.InputErrors : ExitCodes.Success;
    }
}
