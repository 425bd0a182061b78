using System.CommandLine;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Handoff;
using PlanGen.Core.Output;

namespace PlanGen.Cli.Commands;

/// <summary>
/// <c>plangen register FOLDER... [--format table|csv] [-o FILE] [--force]</c>: the outgoing
/// register's rows (sổ đăng ký văn bản đi) of a batch built with <c>build --metadata</c>, to standard
/// output unless -o names a file. Nothing is written when a metadata file cannot be read.
/// </summary>
internal sealed class RegisterCommand : Command
{
    private readonly CliConsole _console;
    private readonly Core.PlanGenRun _run;

    public RegisterCommand(CliConsole console, Core.PlanGenRun run)
        : base("register", "List a batch of built documents as the outgoing register's rows, from their NAME.meta.json: a table or CSV")
    {
        _console = console;
        _run = run;
        Arguments.Add(Folders);
        Format.AcceptOnlyFromAmong("table", "csv");
        Options.Add(Format);
        Options.Add(Output);
        Options.Add(Force);
        SetAction(Run);
    }

    public Argument<string[]> Folders { get; } = new("folders")
    {
        Description = "Folders of documents built with --metadata, or NAME.meta.json files",
        Arity = ArgumentArity.OneOrMore,
    };

    public Option<string> Format { get; } = new("--format")
    {
        Description = "Output format: table or csv (for Excel)",
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
        var rows = OutgoingRegister.Collect(parse.GetValue(Folders) ?? [], diagnostics);
        if (rows is null)
        {
            _console.Report(diagnostics.Items);
            return ExitCodes.InputErrors;
        }
        var csv = parse.GetValue(Format) == "csv";
        var text = csv ? RegisterFormatter.Csv(rows, _console.Language) : RegisterFormatter.Table(rows, _console.Language);
        var written = TextReportOutput.Write(_run, _console, parse.GetValue(Output), text, csv, parse.GetValue(Folders) ?? [], parse.GetValue(Force), diagnostics);
        _console.Report(diagnostics.Items);
        if (!written)
        {
            return ExitCodes.InputErrors;
        }
        return ExitCodes.Success;
    }
}
