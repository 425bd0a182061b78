using PlanGen.Core.Output;
using System.CommandLine;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Hierarchy.Derive;

namespace PlanGen.Cli.Commands;

/// <summary><c>plangen derive PARENT.yaml --unit UNIT [-o CHILD.yaml] [--force]</c>: a sub-plan skeleton for one unit.</summary>
internal sealed class DeriveCommand : Command
{
    private readonly CliConsole _console;

    public DeriveCommand(CliConsole console)
        : base("derive", "Write a sub-plan skeleton for a unit named in a parent plan")
    {
        _console = console;
        Arguments.Add(Parent);
        Options.Add(Unit);
        Options.Add(Output);
        Options.Add(Force);
        SetAction(Run);
    }

    public Argument<string> Parent { get; } = new("parent")
    {
        Description = "The parent plan's YAML",
    };

    public Option<string> Unit { get; } = new("--unit", "-u")
    {
        Description = "The unit the sub-plan is for, by any name or id in units.yaml",
        Required = true,
    };

    public Option<string?> Output { get; } = new("--output", "-o")
    {
        Description = "The sub-plan to write (default: <parent folder>/<unit id>.yaml)",
    };

    public Option<bool> Force { get; } = new("--force")
    {
        Description = "Overwrite the output file if it exists",
    };

    private int Run(ParseResult parse)
    {
        var diagnostics = new DiagnosticBag();
        var derived = PlanDeriver.Derive(parse.GetValue(Parent)!, parse.GetValue(Unit)!, parse.GetValue(Output), diagnostics);
        var written = derived is not null && OutputFile.WriteAtomically(derived.Path, derived.Yaml, parse.GetValue(Force), diagnostics);
        _console.Report(diagnostics.Items);
        if (!written)
        {
            return ExitCodes.InputErrors;
        }
        _console.Out.WriteLine(_console.Language == "vi"
            ? $"Đã ghi {derived!.Path}: {derived.LedTasks.Count} nhiệm vụ chủ trì, {derived.SupportedTasks.Count} nhiệm vụ phối hợp."
            : $"Wrote {derived!.Path}: {derived.LedTasks.Count} led tasks, {derived.SupportedTasks.Count} supported tasks.");
        return ExitCodes.Success;
    }
}
