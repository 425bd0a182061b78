using System.CommandLine;
using System.CommandLine.Parsing;
using PlanGen.Core.Format;

namespace PlanGen.Cli.Commands;

/// <summary>A <c>--period</c> value a clerk types, checked when the command line is read: one that is no period is a command-line error.</summary>
internal static class PeriodArgument
{
    public static void Check(CommandResult result, Option<string?> option)
    {
        if (result.GetValue(option) is { } period && ReportPeriods.Parse(period) is null)
        {
            // In English, as the library's own errors; a Vietnamese run reads it through CommandLineVietnamese.
            result.AddError($"'{period}' is not a reporting period: write 2024-06, 2024-q2, 2024-6m, 2024-9m or 2024.");
        }
    }
}
