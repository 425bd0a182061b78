using PlanGen.Core.Diagnostics;

namespace PlanGen.Core.Batch;

/// <summary>
/// Runs one step per input in parallel. Each step reports to a bag of its own, so one input's
/// findings never mix with another's, and the outcomes come back in input order whatever order the
/// steps finished in: the output of a run is the same on one core or many.
/// </summary>
public static class ParallelRun
{
    /// <summary>Runs <paramref name="step"/> for the inputs 0 … <paramref name="count"/> − 1.</summary>
    /// <param name="count">How many inputs there are.</param>
    /// <param name="step">The work on input <c>i</c>; true when it succeeded.</param>
    public static IReadOnlyList<StepOutcome> Each(int count, Func<int, DiagnosticBag, bool> step)
    {
        ArgumentNullException.ThrowIfNull(step);
        var outcomes = new StepOutcome[count];
        Parallel.For(0, count, i =>
        {
            var diagnostics = new DiagnosticBag();
            outcomes[i] = new StepOutcome(diagnostics, step(i, diagnostics));
        });
        return outcomes;
    }
}
