using System.CommandLine;
using PlanGen.Core.Yaml;

namespace PlanGen.Cli.Commands;

/// <summary><c>plangen schema</c>: the JSON Schema of the plan YAML on standard output, for editors.</summary>
internal sealed class SchemaCommand : Command
{
    public SchemaCommand(CliConsole console)
        : base("schema", "Print the JSON Schema of the plan YAML, for editors")
    {
        SetAction(_ =>
        {
            console.Out.Write(PlanSchema.Json);
            return ExitCodes.Success;
        });
    }
}
