using System.CommandLine;
using PlanGen.Core;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Output;
using PlanGen.Core.Format;

namespace PlanGen.Cli.Commands;

/// <summary>
/// <c>plangen schema [--metadata] [-o FILE]</c>: the JSON Schema of the plan YAML, for editors, or
/// of the <c>NAME.meta.json</c> that <c>build --metadata</c> writes, on standard output or written to
/// a file atomically like every output.
/// </summary>
internal sealed class SchemaCommand : Command
{
    public SchemaCommand(CliConsole console, PlanGenRun run)
        : base("schema", "Print the JSON Schema of the plan YAML, for editors")
    {
        var output = new Option<string?>("--output", "-o") { Description = "The file to write (e.g. plan.schema.json beside the plans) instead of standard output" };
        var metadata = new Option<bool>("--metadata") { Description = "The schema of NAME.meta.json (build --metadata) instead of the plan's" };
        Options.Add(output);
        Options.Add(metadata);
        SetAction(parse =>
        {
            var schema = parse.GetValue(metadata) ? Core.Handoff.MetadataSchema.Json : PlanSchema.Json;
            if (parse.GetValue(output) is not { } path)
            {
                console.Out.Write(schema);
                return ExitCodes.Success;
            }
            var diagnostics = new DiagnosticBag();
            var written = OutputFile.WriteAtomically(run, path, schema, overwrite: true, diagnostics);
            console.Report(diagnostics.Items);
            if (written)
            {
                console.Out.WriteLine(path);
            }
            return written ? ExitCodes.Success : ExitCodes.InputErrors;
        });
    }
}
