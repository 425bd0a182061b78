using System.CommandLine;

namespace PlanGen.Cli.Commands;

/// <summary><c>plangen report init …</c>, <c>plangen report aggregate …</c>: the commands of reports on a plan.</summary>
internal sealed class ReportCommand : Command
{
    public ReportCommand(CliConsole console)
        : base("report", "Reports on a plan: a unit's report skeleton, the units' reports put together")
    {
        Subcommands.Add(new ReportInitCommand(console));
        Subcommands.Add(new ReportAggregateCommand(console));
    }
}
