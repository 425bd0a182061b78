namespace PlanGen.Core.Diagnostics;

/// <summary>How serious a diagnostic is; only errors stop a build.</summary>
public enum Severity
{
    Info,
    Warning,
    Error,
}
