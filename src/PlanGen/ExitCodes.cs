namespace PlanGen.Cli;

/// <summary>The process exit codes, in one place.</summary>
internal static class ExitCodes
{
    /// <summary>Everything succeeded (warnings allowed).</summary>
    public const int Success = 0;

    /// <summary>An input has errors, or an output could not be written.</summary>
    public const int InputErrors = 1;

    /// <summary>The command line is wrong.</summary>
    public const int Usage = 2;
}
