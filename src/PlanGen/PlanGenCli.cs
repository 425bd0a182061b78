using System.CommandLine;
using System.CommandLine.Help;
using PlanGen.Cli.Commands;

namespace PlanGen.Cli;

/// <summary>The command tree and its invocation: parse errors exit 2, never a stack trace.</summary>
internal static class PlanGenCli
{
    /// <summary>
    /// A run that reads DOCX and PDF as well as text, writes and fixes DOCX, prints PDF with
    /// LibreOffice and checks a PDF for signing: Core does all of it through what it is given here.
    /// </summary>
    public static Core.PlanGenRun NewRun()
    {
        var docx = new PlanGen.Docx.Reading.DocxReader();
        return new(docx, PlanGen.Pdf.PdfDocumentReader.Instance)
        {
            Writer = PlanGen.Docx.DocxWriter.Instance,
            OutputReader = docx,
            Fixer = PlanGen.Docx.Fixing.DocxFixer.Instance,
            Printer = new PlanGen.Pdf.Output.LibreOfficePrinter(),
            SigningCheck = PlanGen.Pdf.Checking.PdfReadinessCheck.Instance,
        };
    }

    /// <summary>Runs the command line in a run of its own.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, bool errorIsTerminal = false) =>
        Run(NewRun(), args, output, error, errorIsTerminal);

    public static int Run(Core.PlanGenRun run, string[] args, TextWriter output, TextWriter error, bool errorIsTerminal = false)
    {
        var console = new CliConsole(output, error) { ErrorIsTerminal = errorIsTerminal };
        var root = CreateRoot(console, run);
        var language = HelpLanguage.Of(args);
        HelpLanguage.Apply(root, language);
        var parse = root.Parse(args);
        run.Clock.Mark("command line parsed");
        if (parse.Errors.Count > 0)
        {
            foreach (var parseError in parse.Errors)
            {
                error.WriteLine("plangen: " + (language == "vi" ? CommandLineVietnamese.ParseError(parseError.Message) : parseError.Message));
            }
            // Where to read how the command is written, said as a sentence, for the command that was typed.
            var command = string.Join(' ', Commands(parse.CommandResult).Select(c => c.Name).Prepend("plangen"));
            error.WriteLine(language == "vi" ? $"Xem cách ghi lệnh này: {command} --help" : $"To see how this command is written, run: {command} --help");
            return ExitCodes.Usage;
        }
        GlobalOptions.Apply(parse, console);
        if (CommandLineChecks.Check(parse) is { Count: > 0 } faults)
        {
            console.Report(faults);
            console.Flush();
            return ExitCodes.Usage;
        }
        // The library writes its help headings in English only: catch the help to translate them.
        var vietnameseHelp = language == "vi" && parse.Action is HelpAction ? new StringWriter() : null;
        var configuration = new InvocationConfiguration { Output = vietnameseHelp ?? output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            var code = parse.Invoke(configuration);
            if (vietnameseHelp is not null)
            {
                output.Write(CommandLineVietnamese.Help(vietnameseHelp.ToString()));
            }
            console.Flush();
            return code;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Each plan's own failures are diagnostics already; this is the last net, so a user
            // never sees a stack trace.
            error.WriteLine("plangen: error PG4003: " + e.GetType().Name + ": " + e.Message);
            return ExitCodes.InputErrors;
        }
    }

    /// <summary>The command tree, with descriptions in English (see <see cref="HelpLanguage"/>).</summary>
    internal static RootCommand CreateRoot(CliConsole console, Core.PlanGenRun run)
    {
        var root = new RootCommand("plangen — kế hoạch theo Nghị định 30/2020/NĐ-CP: validate, derive and build plans as DOCX")
        {
            new ValidateCommand(console, run),
            new BuildCommand(console, run),
            new DeriveCommand(console, run),
            new ReportCommand(console, run),
            new CoverageCommand(console, run),
            new DeadlinesCommand(console, run),
            new RegisterCommand(console, run),
            new TemplatesCommand(console, run),
            new InitCommand(console, run),
            new SchemaCommand(console, run),
            new CheckCommand(console, run),
            new ImportCommand(console, run),
        };
        root.Options.Add(GlobalOptions.Language);
        root.Options.Add(GlobalOptions.Diagnostics);
        root.Options.Add(GlobalOptions.Quiet);
        root.Options.Add(GlobalOptions.Verbose);
        return root;
    }

    // The commands from the root's first subcommand down to the one parsed.
    private static List<Command> Commands(System.CommandLine.Parsing.CommandResult? result)
    {
        var chain = new List<Command>();
        for (var at = result; at?.Parent is not null; at = at.Parent as System.CommandLine.Parsing.CommandResult)
        {
            chain.Insert(0, at.Command);
        }
        return chain;
    }
}
