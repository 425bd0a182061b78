using PlanGen.Cli;
using PlanGen.Core;

namespace PlanGen.Tests.Support;

/// <summary>Runs for tests: each its own, reading, writing and printing every kind of document plangen does, so no test sees what another read or remembered.</summary>
internal static class TestRun
{
    /// <summary>A fresh run with the DOCX and PDF readers, writer, fixer and printer, as the program makes.</summary>
    public static PlanGenRun New() => PlanGenCli.NewRun();
}
