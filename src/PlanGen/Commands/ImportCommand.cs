using System.CommandLine;
using PlanGen.Core.Batch;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Import;
using PlanGen.Core.Output;

namespace PlanGen.Cli.Commands;

/// <summary>
/// <c>plangen import FILE.docx|FILE.pdf|FILE.txt... [-o PLAN.yaml|FOLDER] [--force] [--template NAME]</c>:
/// a plan YAML from a document that already exists. Documents import in parallel; each YAML is
/// written whole or not at all, and never over an existing file without --force.
/// </summary>
internal sealed class ImportCommand : Command
{
    private readonly CliConsole _console;

    public ImportCommand(CliConsole console)
        : base("import", "Write a plan YAML from an existing document (DOCX, PDF or text)")
    {
        _console = console;
        Arguments.Add(Documents);
        Options.Add(Output);
        Options.Add(Force);
        Options.Add(Template);
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

    private int Run(ParseResult parse)
    {
        var arguments = parse.GetValue(Documents)!;
        var inputDiagnostics = new DiagnosticBag();
        var files = InputFiles.ExpandDocuments(arguments, inputDiagnostics);
        var output = parse.GetValue(Output);
        var toFolder = files.Count > 1 || arguments.Any(Directory.Exists) || (output is not null && Directory.Exists(output));
        var template = parse.GetValue(Template);
        var force = parse.GetValue(Force);

        var bags = new DiagnosticBag[files.Count];
        var written = new bool[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            bags[i] = new DiagnosticBag();
            var target = OutputPath(files[i], output, toFolder);
            // Refused before the work, so an existing plan is never even at risk.
            if (!force && File.Exists(target))
            {
                bags[i].Add(DiagnosticCode.OutputExists, SourceSpan.WholeFile(target), target);
                return;
            }
            var result = PlanImporter.Import(files[i], target, template, bags[i]);
            // The schema line and the schema file beside the plan give editors hover help, as for init and derive.
            written[i] = result is not null
                && OutputFile.WriteAtomically(target, Core.Yaml.PlanSchema.WithModeline(result.Yaml), force, bags[i])
                && PlanSchemaFile.EnsureBeside(target, bags[i]);
        });

        _console.Report(inputDiagnostics.Items);
        for (var i = 0; i < files.Count; i++)
        {
            _console.Report(bags[i].Items);
            if (written[i])
            {
                _console.Out.WriteLine(OutputPath(files[i], output, toFolder));
            }
        }
        return !inputDiagnostics.HasErrors && written.All(w => w) ? ExitCodes.Success : ExitCodes.InputErrors;
    }

    private static string OutputPath(string document, string? output, bool toFolder)
    {
        if (output is null)
        {
            return Path.ChangeExtension(document, ".yaml");
        }
        return toFolder ? Path.Combine(output, Path.ChangeExtension(Path.GetFileName(document), ".yaml")) : output;
    }
}
