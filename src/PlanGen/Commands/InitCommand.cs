using System.CommandLine;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Output;
using PlanGen.Core.Templating;

namespace PlanGen.Cli.Commands;

/// <summary><c>plangen init [FILE] [--template NAME] [--force]</c>: a starter plan to fill in, which validates and builds as it is.</summary>
internal sealed class InitCommand : Command
{
    public InitCommand(CliConsole console)
        : base("init", "Write a starter plan to fill in")
    {
        var file = new Argument<string>("file") { Description = "The plan to write", DefaultValueFactory = _ => "ke-hoach.yaml" };
        var template = new Option<string>("--template") { Description = "The built-in template it uses", DefaultValueFactory = _ => "ke-hoach-atgt" };
        var force = new Option<bool>("--force") { Description = "Overwrite the file if it exists" };
        Arguments.Add(file);
        Options.Add(template);
        Options.Add(force);
        SetAction(parse =>
        {
            var diagnostics = new DiagnosticBag();
            var name = parse.GetValue(template)!;
            var starter = Core.Format.StarterPlan.For(name);
            if (starter is null && name == Core.Model.Report.BuiltInTemplate)
            {
                diagnostics.Add(DiagnosticCode.ReportStartsFromPlan, SourceSpan.WholeFile(name), name);
            }
            else if (starter is null)
            {
                diagnostics.Add(DiagnosticCode.TemplateNotFound, SourceSpan.WholeFile(name), name, string.Join(", ", TemplateCatalog.BuiltIn.List(diagnostics).Select(t => t.Name)));
            }
            var path = parse.GetValue(file)!;
            var written = starter is not null && OutputFile.WriteAtomically(path, starter, parse.GetValue(force), diagnostics);
            var schemaReady = written && PlanSchemaFile.EnsureBeside(path, diagnostics);
            console.Report(diagnostics.Items);
            if (written)
            {
                console.Out.WriteLine(path);
            }
            return schemaReady ? ExitCodes.Success : ExitCodes.InputErrors;
        });
    }
}
