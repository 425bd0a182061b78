using System.CommandLine;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Hierarchy;

namespace PlanGen.Cli.Commands;

/// <summary><c>plangen coverage PARENT.yaml CHILD.yaml... [--format table|csv|json]</c>: which parent tasks the children take up.</summary>
internal sealed class CoverageCommand : Command
{
    private readonly CliConsole _console;

    public CoverageCommand(CliConsole console)
        : base("coverage", "Show which tasks of a parent plan its sub-plans take up")
    {
        _console = console;
        Arguments.Add(Parent);
        Arguments.Add(ChildPlans);
        Format.AcceptOnlyFromAmong("table", "csv", "json");
        Options.Add(Format);
        SetAction(Run);
    }

    public Argument<string> Parent { get; } = new("parent")
    {
        Description = "The parent plan's YAML",
    };

    public Argument<string[]> ChildPlans { get; } = new("children")
    {
        Description = "Sub-plan YAML files or folders of them",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public Option<string> Format { get; } = new("--format")
    {
        Description = "Output format: table, csv or json",
        DefaultValueFactory = _ => "table",
    };

    private int Run(ParseResult parse)
    {
        var parent = parse.GetValue(Parent)!;
        var parentFull = Path.GetFullPath(parent);
        // A folder may hold the parent and units.yaml beside the children: count only the children.
        var children = InputFiles.Expand(parse.GetValue(ChildPlans) ?? [], out _)
            .Where(f => Path.GetFullPath(f) != parentFull)
            .ToList();
        var diagnostics = new DiagnosticBag();
        var report = CoverageAnalyzer.Analyze(parent, children, diagnostics);
        _console.Report(diagnostics.Items);
        if (report is null)
        {
            return ExitCodes.InputErrors;
        }
        _console.Out.Write(parse.GetValue(Format) switch
        {
            "csv" => CoverageCsvFormatter.Format(report, _console.Language),
            "json" => CoverageJsonFormatter.Format(report) + "\n",
            _ => CoverageTableFormatter.Format(report, _console.Language),
        });
        return report.AllCovered && !diagnostics.HasErrors ? ExitCodes.Success : ExitCodes.InputErrors;
    }
}
