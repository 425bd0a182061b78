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

    // In JSON mode every diagnostic of the run goes into one array, written by Flush.
    private readonly List<Diagnostic> _json = [];

    /// <summary>Prints diagnostics to standard error in the chosen format.</summary>
    public void Report(IReadOnlyList<Diagnostic> diagnostics)
    {
        if (JsonDiagnostics)
        {
            _json.AddRange(diagnostics);
            return;
        }
        foreach (var diagnostic in diagnostics)
        {
            Error.WriteLine(TextDiagnosticFormatter.Format(diagnostic, Language));
        }
    }

    /// <summary>Ends the run: in JSON mode, writes the one array of all its diagnostics.</summary>
    public void Flush()
    {
        if (JsonDiagnostics)
        {
            Error.WriteLine(JsonDiagnosticFormatter.Format(_json, Language));
            _json.Clear();
        }
    }
}
