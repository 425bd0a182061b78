using System.CommandLine;
using PlanGen.Core.Output;
using PlanGen.Core;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Templating;

namespace PlanGen.Cli.Commands;

/// <summary><c>plangen templates list|export</c>: the built-in templates, and copies of them to edit.</summary>
internal sealed class TemplatesCommand : Command
{
    public TemplatesCommand(CliConsole console, PlanGenRun run)
        : base("templates", "List the built-in templates or export one to edit")
    {
        var list = new Command("list", "List the built-in templates");
        list.SetAction(_ =>
        {
            var diagnostics = new DiagnosticBag();
            foreach (var template in TemplateCatalog.BuiltIn.List(diagnostics))
            {
                console.Out.WriteLine($"{template.Name}\t{template.Description}");
                // The starters written for other bodies: plangen init --template NAME --for BODY.
                foreach (var body in TemplateCatalog.BuiltIn.StarterBodies(template.Name))
                {
                    console.Out.WriteLine($"  init --template {template.Name} --for {body}\t{DiagnosticMessages.Word("starter." + body, console.Language)}");
                }
            }
            console.Report(diagnostics.Items);
            return diagnostics.HasErrors ? ExitCodes.InputErrors : ExitCodes.Success;
        });

        var name = new Argument<string>("name") { Description = "The template to export" };
        var folder = new Argument<string>("folder") { Description = "Where to write it (a new folder)" };
        var force = new Option<bool>("--force") { Description = "Overwrite files already there" };
        var export = new Command("export", "Write a built-in template's files to a folder, to edit and use with --template") { name, folder, force };
        export.SetAction(parse =>
        {
            var diagnostics = new DiagnosticBag();
            var done = TemplateCatalog.BuiltIn.Export(run, parse.GetValue(name)!, parse.GetValue(folder)!, diagnostics, parse.GetValue(force));
            console.Report(diagnostics.Items);
            return done ? ExitCodes.Success : ExitCodes.InputErrors;
        });

        Subcommands.Add(list);
        Subcommands.Add(export);
    }
}
