using PlanGen.Core.Diagnostics;

namespace PlanGen.Cli;

/// <summary>
/// Where a command writes: standard output for results, standard error for diagnostics. Injected
/// so tests run commands in-process and read what a user would see.
/// </summary>
internal sealed class CliConsole(TextWriter output, TextWriter error)
{
    public TextWriter Out { get; } = output;

    public TextWriter Error { get; } = error;

    /// <summary>vi or en.</summary>
    public string Language { get; set; } = DiagnosticMessages.LanguageOf(System.Globalization.CultureInfo.CurrentUICulture);

    /// <summary>Diagnostics as JSON for machines instead of compiler-style lines.</summary>
    public bool JsonDiagnostics { get; set; }

    /// <summary>Prints diagnostics to standard error in the chosen format.</summary>
    public void Report(IReadOnlyList<Diagnostic> diagnostics)
    {
        if (JsonDiagnostics)
        {
            Error.WriteLine(JsonDiagnosticFormatter.Format(diagnostics, Language));
            return;
        }
        foreach (var diagnostic in diagnostics)
        {
            Error.WriteLine(TextDiagnosticFormatter.Format(diagnostic, Language));
        }
    }
}
