using PlanGen.Cli;

namespace PlanGen.Tests.Support;

/// <summary>Runs plangen in-process and captures what a user would see.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun Of(params string[] args) => Run(TestRun.New(), args, errorIsTerminal: false);

    /// <summary>In <paramref name="run"/>, as the runs of a watch share what they read.</summary>
    public static CliRun In(PlanGen.Core.PlanGenRun run, params string[] args) => Run(run, args, errorIsTerminal: false);

    /// <summary>As if stderr were a terminal a person watches (progress, timings).</summary>
    public static CliRun OnTerminal(params string[] args) => Run(TestRun.New(), args, errorIsTerminal: true);

    private static CliRun Run(PlanGen.Core.PlanGenRun run, string[] args, bool errorIsTerminal)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = PlanGenCli.Run(run, args, output, error, errorIsTerminal);
        return new CliRun(code, output.ToString(), error.ToString());
    }
}
