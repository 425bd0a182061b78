using System.Diagnostics;
using PlanGen.Cli;

namespace PlanGen.Tests.Support;

/// <summary>
/// Runs plangen as a process of its own, as a user's shell would, with the environment given
/// added to this one: for what only a process shows (its time zone and culture, what it leaves
/// behind when it ends).
/// </summary>
internal static class CliProcess
{
    public static (int ExitCode, string Error) Run(IEnumerable<KeyValuePair<string, string>> environment, params string[] args) =>
        RunIn(null, environment, args);

    /// <summary>As <see cref="Run"/>, in <paramref name="folder"/> as the working folder (null: this one).</summary>
    public static (int ExitCode, string Error) RunIn(string? folder, IEnumerable<KeyValuePair<string, string>> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = folder ?? "",
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        start.ArgumentList.Add(typeof(PlanGenCli).Assembly.Location);
        foreach (var argument in args)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        output.Wait();
        process.WaitForExit();
        return (process.ExitCode, error);
    }
}
