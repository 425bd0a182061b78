namespace PlanGen.Core.Diagnostics;

/// <summary>How much of a run's diagnostics a person asked to see.</summary>
public enum DiagnosticDetail
{
    /// <summary>Errors only (<c>-q</c>).</summary>
    Quiet,

    /// <summary>Errors always; a warning repeated across many plans is shown a few times, then counted.</summary>
    Normal,

    /// <summary>Every diagnostic (<c>--verbose</c>).</summary>
    Verbose,
}
