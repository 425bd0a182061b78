using System.CommandLine;
using PlanGen.Core;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Output;
using PlanGen.Core.Format;

namespace PlanGen.Cli.Commands;

/// <summary>
/// <c>plangen schema [-o FILE]</c>: the JSON Schema of the plan YAML, for editors, on standard
/// output or written to a file atomically like every output.
/// </summary>
internal sealed class SchemaCommand : Command
{
    public SchemaCommand(CliConsole console, PlanGenRun run)
        : base("schema", "Print the JSON Schema of the plan YAML, for editors")
    {
        var output = new Option<string?>("--output", "-o") { Description = "The file to write (e.g. plan.schema.json beside the plans) instead of standard output" };
        Options.Add(output);
        SetAction(parse =>
        {
            if (parse.GetValue(output) is not { } path)
            {
                console.Out.Write(PlanSchema.Json);
                return ExitCodes.Success;
            }
            var diagnostics = new DiagnosticBag();
            var written = OutputFile.WriteAtomically(run, path, PlanSchema.Json, overwrite: true, diagnostics);
            console.Report(diagnostics.Items);
            if (written)
            {
                console.Out.WriteLine(path);
            }
            return written ? ExitCodes.Success : ExitCodes.InputErrors;
        });
    }
}
