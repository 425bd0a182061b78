using PlanGen.Core.Diagnostics;

namespace PlanGen.Core.Batch;

/// <summary>
/// Keeps one file's unexpected failure to that file: every batch command (build, validate, import,
/// check, derive --all-units, coverage) runs each file's work through <see cref="Isolate"/>, so an
/// exception no reader foresaw becomes a diagnostic naming the file (PG4003) and the next file is
/// still processed.
/// </summary>
public static class FileFailure
{
    /// <summary>Runs <paramref name="work"/> for <paramref name="path"/>; false (after reporting PG4003 at the file) when it threw.</summary>
    public static bool Isolate(string path, DiagnosticBag diagnostics, Func<bool> work)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        ArgumentNullException.ThrowIfNull(work);
        try
        {
            return work();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            diagnostics.Add(DiagnosticCode.UnexpectedFailure, SourceSpan.WholeFile(path), e.GetType().Name + ": " + e.Message);
            return false;
        }
    }
}
