using PlanGen.Cli;

namespace PlanGen.Tests.Support;

/// <summary>Runs plangen in-process and captures what a user would see.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun Of(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = PlanGenCli.Run(args, output, error);
        return new CliRun(code, output.ToString(), error.ToString());
    }
}
