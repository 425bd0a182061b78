using System.CommandLine;

namespace PlanGen.Cli.Commands;

/// <summary><c>plangen report init …</c>: the commands of reports on a plan.</summary>
internal sealed class ReportCommand : Command
{
    public ReportCommand(CliConsole console)
        : base("report", "Reports on a plan: write a unit's report skeleton")
    {
        Subcommands.Add(new ReportInitCommand(console));
    }
}
