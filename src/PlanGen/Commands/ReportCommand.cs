using System.CommandLine;
using PlanGen.Core;

namespace PlanGen.Cli.Commands;

/// <summary><c>plangen report init …</c>, <c>plangen report aggregate …</c>: the commands of reports on a plan.</summary>
internal sealed class ReportCommand : Command
{
    public ReportCommand(CliConsole console, PlanGenRun run)
        : base("report", "Reports on a plan: a unit's report skeleton, the units' reports put together")
    {
        Subcommands.Add(new ReportInitCommand(console, run));
        Subcommands.Add(new ReportAggregateCommand(console, run));
    }
}
