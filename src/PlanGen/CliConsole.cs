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
    public string Language { get; set; } = DiagnosticMessages.UserLanguage();

    /// <summary>Diagnostics as JSON for machines instead of compiler-style lines.</summary>
    public bool JsonDiagnostics { get; set; }

    /// <summary>Errors only (-q), the usual cut of repeated warnings, or everything (--verbose).</summary>
    public DiagnosticDetail Detail { get; set; } = DiagnosticDetail.Normal;

    /// <summary>Standard error is a terminal a person watches: progress and timings may be shown.</summary>
    public bool ErrorIsTerminal { get; init; }

    // In JSON mode every diagnostic of the run goes into one array, written by Flush.
    private readonly List<Diagnostic> _json = [];

    /// <summary>Prints diagnostics to standard error in the chosen format.</summary>
    public void Report(IReadOnlyList<Diagnostic> diagnostics)
    {
        diagnostics = DiagnosticOrder.ByPlace(diagnostics);
        if (JsonDiagnostics)
        {
            _json.AddRange(Detail == DiagnosticDetail.Quiet ? diagnostics.Where(d => d.Severity == Severity.Error) : diagnostics);
            return;
        }
        foreach (var diagnostic in diagnostics)
        {
            if (Detail == DiagnosticDetail.Quiet && diagnostic.Severity != Severity.Error)
            {
                continue;
            }
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
