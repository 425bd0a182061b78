namespace PlanGen.Core.Diagnostics;

/// <summary>
/// What of a batch's diagnostics to print. A batch of a thousand copies of one plan repeats the
/// same warnings a thousand times; a person needs the first few and a count, so a warning code
/// reported more than <see cref="ShownPerCode"/> times in more than one plan is cut to its first
/// ones and counted. Errors are never cut.
/// </summary>
public sealed class DiagnosticSummary
{
    /// <summary>How many diagnostics of one repeated warning code are printed.</summary>
    public const int ShownPerCode = 10;

    private DiagnosticSummary(IReadOnlyList<Diagnostic> shown, IReadOnlyList<RepeatedWarning> repeated, int errors, int warnings)
    {
        Shown = shown;
        Repeated = repeated;
        Errors = errors;
        Warnings = warnings;
    }

    /// <summary>The diagnostics to print, in the order they were reported.</summary>
    public IReadOnlyList<Diagnostic> Shown { get; }

    /// <summary>The warning codes that were cut, in the order they first appeared.</summary>
    public IReadOnlyList<RepeatedWarning> Repeated { get; }

    /// <summary>Errors in the whole run.</summary>
    public int Errors { get; }

    /// <summary>Warnings (and notes) in the whole run, shown or not.</summary>
    public int Warnings { get; }

    /// <summary>Summarises the diagnostics of a run, one list per input in the order given.</summary>
    public static DiagnosticSummary Of(IReadOnlyList<IReadOnlyList<Diagnostic>> perInput, DiagnosticDetail detail)
    {
        // Two passes, both linear: count each code over the run, then keep what is printed.
        var counts = new Dictionary<DiagnosticCode, (int Count, int Plans)>();
        var errors = 0;
        var warnings = 0;
        foreach (var diagnostics in perInput)
        {
            var seenHere = new HashSet<DiagnosticCode>();
            foreach (var diagnostic in diagnostics)
            {
                if (diagnostic.Severity == Severity.Error)
                {
                    errors++;
                    continue;
                }
                warnings++;
                counts.TryGetValue(diagnostic.Code, out var count);
                counts[diagnostic.Code] = (count.Count + 1, count.Plans + (seenHere.Add(diagnostic.Code) ? 1 : 0));
            }
        }

        var shown = new List<Diagnostic>();
        var printed = new Dictionary<DiagnosticCode, int>();
        var repeated = new List<RepeatedWarning>();
        foreach (var diagnostic in perInput.SelectMany(d => d))
        {
            if (diagnostic.Severity == Severity.Error || detail == DiagnosticDetail.Verbose)
            {
                shown.Add(diagnostic);
                continue;
            }
            if (detail == DiagnosticDetail.Quiet)
            {
                continue;
            }
            var (count, plans) = counts[diagnostic.Code];
            if (count <= ShownPerCode || plans < 2)
            {
                shown.Add(diagnostic);
                continue;
            }
            printed.TryGetValue(diagnostic.Code, out var already);
            if (already == 0)
            {
                repeated.Add(new RepeatedWarning(diagnostic.Code, count, plans, ShownPerCode));
            }
            if (already < ShownPerCode)
            {
                shown.Add(diagnostic);
                printed[diagnostic.Code] = already + 1;
            }
        }
        return new DiagnosticSummary(shown, repeated, errors, warnings);
    }
}
