using PlanGen.Core;
using PlanGen.Core.Output;
using System.CommandLine;
using PlanGen.Core.Batch;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Hierarchy.Derive;

namespace PlanGen.Cli.Commands;

/// <summary>
/// <c>plangen derive PARENT.yaml --unit UNIT [-o CHILD.yaml] [--force]</c>: a sub-plan skeleton for
/// one unit; <c>--all-units [-o FOLDER]</c>: one for every unit that leads a task of the parent.
/// </summary>
internal sealed class DeriveCommand : Command
{
    private readonly CliConsole _console;
    private readonly PlanGenRun _run;

    public DeriveCommand(CliConsole console, PlanGenRun run)
        : base("derive", "Write a sub-plan skeleton for a unit named in a parent plan")
    {
        _console = console;
        _run = run;
        Arguments.Add(Parent);
        Options.Add(Unit);
        Options.Add(Output);
        Options.Add(Force);
        Options.Add(AllUnits);
        Validators.Add(result =>
        {
            if ((result.GetResult(Unit) is null) == (result.GetResult(AllUnits) is null))
            {
                result.AddError("Give either --unit UNIT or --all-units.");
            }
        });
        SetAction(Run);
    }

    public Argument<string> Parent { get; } = new("parent")
    {
        Description = "The parent plan: its YAML, or the DOCX or PDF it was issued as",
    };

    public Option<string> Unit { get; } = new("--unit", "-u")
    {
        Description = "The unit the sub-plan is for, by any name or id in units.yaml",
    };

    public Option<bool> AllUnits { get; } = new("--all-units")
    {
        Description = "Write a sub-plan for every unit that leads a task of the parent, into the -o folder (default: the parent's folder)",
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
        if (parse.GetValue(AllUnits))
        {
            return RunAll(parse);
        }
        var diagnostics = new DiagnosticBag();
        var derived = PlanDeriver.Derive(_run, parse.GetValue(Parent)!, parse.GetValue(Unit)!, parse.GetValue(Output), diagnostics);
        var written = derived is not null && OutputTargets.MayWrite(derived.Path, [parse.GetValue(Parent)!], diagnostics)
            && OutputFile.WriteAtomically(_run, derived.Path, derived.Yaml, parse.GetValue(Force), diagnostics);
        var schemaReady = written && PlanSchemaFile.EnsureBeside(_run, derived!.Path, diagnostics);
        _console.Report(diagnostics.Items);
        if (!written)
        {
            return ExitCodes.InputErrors;
        }
        _console.Out.WriteLine(_console.Language == "vi"
            ? $"Đã ghi {derived!.Path}: {derived.LedTasks.Count} nhiệm vụ chủ trì, {derived.SupportedTasks.Count} nhiệm vụ phối hợp."
            : $"Wrote {derived!.Path}: {Tasks(derived.LedTasks.Count, "led")}, {Tasks(derived.SupportedTasks.Count, "supported")}.");
        return schemaReady ? ExitCodes.Success : ExitCodes.InputErrors;
    }

    private int RunAll(ParseResult parse)
    {
        var parent = parse.GetValue(Parent)!;
        var folder = parse.GetValue(Output) ?? Path.GetDirectoryName(parent) ?? "";
        var diagnostics = new DiagnosticBag();
        var derived = PlanDeriver.DeriveAll(_run, parent, folder, diagnostics);
        var failed = derived is null;
        var written = 0;
        var folders = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var plan in derived ?? [])
        {
            // One unit's file that cannot be written does not stop the others.
            if (FileFailure.Isolate(plan.Path, diagnostics, () => OutputTargets.MayWrite(plan.Path, [parent], diagnostics)
                && OutputFile.WriteAtomically(_run, plan.Path, plan.Yaml, parse.GetValue(Force), diagnostics)))
            {
                written++;
                folders.Add(Path.GetDirectoryName(Path.GetFullPath(plan.Path))!);
                _console.Out.WriteLine(_console.Language == "vi"
                    ? $"{plan.Path}: {plan.LedTasks.Count} nhiệm vụ chủ trì, {plan.SupportedTasks.Count} nhiệm vụ phối hợp."
                    : $"{plan.Path}: {Tasks(plan.LedTasks.Count, "led")}, {Tasks(plan.SupportedTasks.Count, "supported")}.");
            }
            else
            {
                failed = true;
            }
        }
        // Once per folder: the plans of one run usually share it.
        foreach (var folderWritten in folders)
        {
            failed |= !PlanSchemaFile.EnsureIn(_run, folderWritten, diagnostics);
        }
        _console.Report(diagnostics.Items);
        if (derived is not null)
        {
            _console.Out.WriteLine(_console.Language == "vi"
                ? $"Đã ghi khung kế hoạch cho {written}/{derived.Count} đơn vị chủ trì."
                : $"Wrote sub-plan skeletons for {written} of {derived.Count} lead units.");
        }
        return failed ? ExitCodes.InputErrors : ExitCodes.Success;
    }

    // "1 led task", "5 led tasks": the English counts with its plural (Vietnamese has none).
    private static string Tasks(int count, string kind) => count == 1 ? $"1 {kind} task" : $"{count} {kind} tasks";
}
