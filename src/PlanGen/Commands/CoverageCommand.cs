using PlanGen.Core;
using PlanGen.Core.Output;
using System.CommandLine;
using PlanGen.Core.Batch;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Hierarchy.Coverage;
using PlanGen.Core.Layout;

namespace PlanGen.Cli.Commands;

/// <summary>
/// <c>plangen coverage PARENT.yaml CHILD.yaml... [--format table|csv|json|docx] [-o FILE] [--force]</c>:
/// which parent tasks the children take up. Text formats go to standard output unless -o names a
/// file; the DOCX always goes to a file, by default <c>&lt;parent&gt;.coverage.docx</c> beside the parent.
/// </summary>
internal sealed class CoverageCommand : Command
{
    private readonly CliConsole _console;
    private readonly PlanGenRun _run;

    public CoverageCommand(CliConsole console, PlanGenRun run)
        : base("coverage", "Show which tasks of a parent plan its sub-plans take up")
    {
        _console = console;
        _run = run;
        Arguments.Add(Parent);
        Arguments.Add(ChildPlans);
        Format.AcceptOnlyFromAmong("table", "csv", "json", "docx");
        Options.Add(Format);
        Options.Add(Output);
        Options.Add(Force);
        SetAction(Run);
    }

    public Argument<string> Parent { get; } = new("parent")
    {
        Description = "The parent plan: its YAML, or the DOCX or PDF it was issued as",
    };

    public Argument<string[]> ChildPlans { get; } = new("children")
    {
        Description = "Sub-plan YAML files or folders of them",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public Option<string> Format { get; } = new("--format")
    {
        Description = "Output format: table, csv, json or docx (a landscape report in the administrative layout)",
        DefaultValueFactory = _ => "table",
    };

    public Option<string?> Output { get; } = new("--output", "-o")
    {
        Description = "The file to write (default: standard output; for docx <parent>.coverage.docx beside the parent)",
    };

    public Option<bool> Force { get; } = new("--force")
    {
        Description = "Overwrite the output file if it exists",
    };

    private int Run(ParseResult parse)
    {
        var diagnostics = new DiagnosticBag();
        var children = InputFiles.Expand(parse.GetValue(ChildPlans) ?? [], diagnostics);
        var report = CoverageAnalyzer.Analyze(_run, parse.GetValue(Parent)!, children, diagnostics);
        if (report is null)
        {
            _console.Report(diagnostics.Items);
            return ExitCodes.InputErrors;
        }
        var written = Write(report, parse, [parse.GetValue(Parent)!, .. children], diagnostics);
        _console.Report(diagnostics.Items);
        return written && report.AllCovered && !diagnostics.HasErrors ? ExitCodes.Success : ExitCodes.InputErrors;
    }

    /// <summary>Prints or writes the report; false when the output file could not be written.</summary>
    private bool Write(CoverageReport report, ParseResult parse, IReadOnlyList<string> inputs, DiagnosticBag diagnostics)
    {
        var format = parse.GetValue(Format);
        var output = parse.GetValue(Output);
        var force = parse.GetValue(Force);
        if (format == "docx")
        {
            // The report never replaces a plan it was made from.
            var path = output ?? OutputPaths.ForCoverageDocx(report.ParentPath);
            if (!OutputTargets.MayWrite(path, inputs, diagnostics))
            {
                return false;
            }
            var bytes = _run.Writer.Write(CoverageLayout.Build(report), LayoutProfile.Nd30);
            return Announce(path, OutputFile.WriteAtomically(_run, path, bytes, force, diagnostics));
        }
        var text = format switch
        {
            "csv" => CoverageCsvFormatter.Format(report, _console.Language),
            "json" => CoverageJsonFormatter.Format(report) + "\n",
            _ => CoverageTableFormatter.Format(report, _console.Language),
        };
        return TextReportOutput.Write(_run, _console, output, text, format == "csv", inputs, force, diagnostics);
    }

    private bool Announce(string path, bool written)
    {
        if (written)
        {
            _console.Out.WriteLine(path);
        }
        return written;
    }
}
