using System.Runtime.ExceptionServices;
using PlanGen.Core.Diagnostics;

namespace PlanGen.Core.Batch;

/// <summary>What one step of a batch left: its findings and whether it succeeded.</summary>
/// <param name="Diagnostics">The step's own findings.</param>
/// <param name="Succeeded">True when the step did its work.</param>
public sealed record StepOutcome(DiagnosticBag Diagnostics, bool Succeeded)
{
    /// <summary>
    /// Runs <paramref name="step"/> for the inputs 0 … <paramref name="count"/> − 1 in parallel. Each
    /// step reports to a bag of its own, so one input's findings never mix with another's, and the
    /// outcomes come back in input order whatever order the steps finished in: the output of a run
    /// is the same on one core or many. A step that throws ends the run with its exception.
    /// </summary>
    /// <param name="count">How many inputs there are.</param>
    /// <param name="step">The work on input <c>i</c>; true when it succeeded.</param>
    public static IReadOnlyList<StepOutcome> InParallel(int count, Func<int, DiagnosticBag, bool> step)
    {
        ArgumentNullException.ThrowIfNull(step);
        var outcomes = new StepOutcome[count];
        try
        {
            Parallel.For(0, count, i =>
            {
                var diagnostics = new DiagnosticBag();
                outcomes[i] = new StepOutcome(diagnostics, step(i, diagnostics));
            });
        }
        catch (AggregateException e)
        {
            ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }
        return outcomes;
    }
}
