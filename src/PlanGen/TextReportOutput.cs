using PlanGen.Core;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Output;

namespace PlanGen.Cli;

/// <summary>
/// Where a text report (coverage, deadlines, the outgoing register) goes: printed, or written to the
/// file <c>-o</c> names, never onto one of the run's inputs, and that file's path printed.
/// </summary>
internal static class TextReportOutput
{
    /// <summary>Prints <paramref name="text"/> or writes it to <paramref name="output"/>; false when the file could not be written.</summary>
    public static bool Write(PlanGenRun run, CliConsole console, string? output, string text, bool csv, IReadOnlyList<string> inputs, bool force, DiagnosticBag diagnostics)
    {
        if (output is null)
        {
            console.Out.Write(text);
            return true;
        }
        // Excel reads a CSV without a byte-order mark in the machine's ANSI code page, garbling accents.
        var bytes = csv ? OutputFile.Utf8WithBom(text) : System.Text.Encoding.UTF8.GetBytes(text);
        if (!OutputTargets.MayWrite(output, inputs, diagnostics) || !OutputFile.WriteAtomically(run, output, bytes, force, diagnostics))
        {
            return false;
        }
        console.Out.WriteLine(output);
        return true;
    }
}
