using System.Runtime.ExceptionServices;
using PlanGen.Core.Diagnostics;

namespace PlanGen.Core.Batch;

/// <summary>
/// Runs one step per input in parallel. Each step reports to a bag of its own, so one input's
/// findings never mix with another's, and the outcomes come back in input order whatever order the
/// steps finished in: the output of a run is the same on one core or many.
/// </summary>
public static class ParallelRun
{
    /// <summary>
    /// How many steps run at once: four per core. A step ends by writing its file and waiting for
    /// the disk to hold it (fsync, then a rename), a millisecond or more in which its core would
    /// idle; the other steps compute meanwhile, no more of them at a time than there are cores
    /// (<see cref="ComputeSlot"/>).
    /// </summary>
    public static int Workers { get; } = 4 * Environment.ProcessorCount;

    // A counter under a lock rather than a SemaphoreSlim: with four steps per core waiting, a
    // semaphore's waiters spin before they sleep, and that spinning took the cores' time from
    // the steps computing (about 2% of a batch's CPU).
    private static readonly object Gate = new();
    private static int _freeCores = Environment.ProcessorCount;

    /// <summary>
    /// Holds one of the cores' slots until disposed: the work of a step between its waits for the
    /// disk. More computing at once than there are cores would only interleave the steps and keep
    /// more of their data alive at each collection.
    /// </summary>
    public static ComputeSlot Compute()
    {
        lock (Gate)
        {
            while (_freeCores == 0)
            {
                Monitor.Wait(Gate);
            }
            _freeCores--;
        }
        return new ComputeSlot(held: true);
    }

    internal static void Release()
    {
        lock (Gate)
        {
            _freeCores++;
            Monitor.Pulse(Gate);
        }
    }

    /// <summary>Runs <paramref name="step"/> for the inputs 0 … <paramref name="count"/> − 1.</summary>
    /// <param name="count">How many inputs there are.</param>
    /// <param name="step">The work on input <c>i</c>; true when it succeeded.</param>
    public static IReadOnlyList<StepOutcome> Each(int count, Func<int, DiagnosticBag, bool> step)
    {
        ArgumentNullException.ThrowIfNull(step);
        var outcomes = new StepOutcome[count];
        var next = -1;
        ExceptionDispatchInfo? failure = null;
        void Work()
        {
            try
            {
                int i;
                while (failure is null && (i = Interlocked.Increment(ref next)) < count)
                {
                    var diagnostics = new DiagnosticBag();
                    outcomes[i] = new StepOutcome(diagnostics, step(i, diagnostics));
                }
            }
            catch (Exception e)
            {
                Interlocked.CompareExchange(ref failure, ExceptionDispatchInfo.Capture(e), null);
            }
        }

        // The calling thread is one of the workers: a single plan starts no thread at all.
        var helpers = new Thread[Math.Max(0, Math.Min(count, Workers) - 1)];
        for (var t = 0; t < helpers.Length; t++)
        {
            helpers[t] = new Thread(Work) { IsBackground = true, Name = "plangen worker" };
            helpers[t].Start();
        }
        Work();
        foreach (var helper in helpers)
        {
            helper.Join();
        }
        failure?.Throw();
        return outcomes;
    }
}

/// <summary>A core's slot held by <see cref="ParallelRun.Compute"/>; disposing releases it.</summary>
public readonly struct ComputeSlot(bool held) : IDisposable
{
    /// <inheritdoc/>
    public void Dispose()
    {
        if (held)
        {
            ParallelRun.Release();
        }
    }
}
