using System.CommandLine;
using PlanGen.Cli.Commands;

namespace PlanGen.Cli;

/// <summary>The command tree and its invocation: parse errors exit 2, never a stack trace.</summary>
internal static class PlanGenCli
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var console = new CliConsole(output, error);
        // Core imports documents through these; the DOCX reader lives with the Open XML code.
        PlanGen.Core.Import.DocumentReaders.Add(new PlanGen.Docx.Reading.DocxReader());
        PlanGen.Core.Import.DocumentReaders.Add(PlanGen.Pdf.PdfDocumentReader.Instance);
        var root = new RootCommand("plangen — kế hoạch theo Nghị định 30/2020/NĐ-CP: validate, derive and build plans as DOCX")
        {
            new ValidateCommand(console),
            new BuildCommand(console),
            new DeriveCommand(console),
            new CoverageCommand(console),
            new TemplatesCommand(console),
            new InitCommand(console),
            new SchemaCommand(console),
            new CheckCommand(console),
            new ImportCommand(console),
        };
        root.Options.Add(GlobalOptions.Language);
        root.Options.Add(GlobalOptions.Diagnostics);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var parseError in parse.Errors)
            {
                error.WriteLine("plangen: " + parseError.Message);
            }
            error.WriteLine("plangen --help");
            return ExitCodes.Usage;
        }
        GlobalOptions.Apply(parse, console);
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            var code = parse.Invoke(configuration);
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
}
