namespace PlanGen.Core.Diagnostics;

/// <summary>Collects diagnostics from the stages of one run; thread-safe so parallel builds can share one.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _gate = new();

    /// <summary>All diagnostics so far, in the order they were reported.</summary>
    public IReadOnlyList<Diagnostic> Items
    {
        get { lock (_gate) { return [.. _items]; } }
    }

    /// <summary>True when any error was reported.</summary>
    public bool HasErrors
    {
        get { lock (_gate) { return _items.Exists(d => d.Severity == Severity.Error); } }
    }

    /// <summary>Reports a diagnostic with the code's default severity.</summary>
    public void Add(DiagnosticCode code, SourceSpan span, params string[] arguments) =>
        Add(new Diagnostic(code, DiagnosticMessages.DefaultSeverity(code), span, arguments));

    /// <summary>Reports a diagnostic with an explicit severity.</summary>
    public void Add(DiagnosticCode code, Severity severity, SourceSpan span, params string[] arguments) =>
        Add(new Diagnostic(code, severity, span, arguments));

    /// <summary>Reports a ready-made diagnostic.</summary>
    public void Add(Diagnostic diagnostic)
    {
        lock (_gate) { _items.Add(diagnostic); }
    }

    /// <summary>Adds every diagnostic of another bag.</summary>
    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        lock (_gate) { _items.AddRange(diagnostics); }
    }
}
