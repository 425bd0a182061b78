using PlanGen.Core.Batch;
using PlanGen.Core.Diagnostics;

namespace PlanGen.Tests.Batch;

public sealed class ParallelRunTests
{
    [Fact]
    public void Outcomes_come_back_in_input_order_each_with_its_own_findings()
    {
        // Later inputs finish first, so an order taken from completion would be reversed.
        var outcomes = ParallelRun.Each(8, (i, diagnostics) =>
        {
            Thread.Sleep((8 - i) * 5);
            diagnostics.Add(DiagnosticCode.NoInputs, SourceSpan.WholeFile($"input-{i}"), $"input-{i}");
            return i % 3 != 0;
        });

        Assert.Equal(Enumerable.Range(0, 8).Select(i => $"input-{i}"), outcomes.Select(o => Assert.Single(o.Diagnostics.Items).Span.File));
        Assert.Equal(Enumerable.Range(0, 8).Select(i => i % 3 != 0), outcomes.Select(o => o.Succeeded));
    }

    [Fact]
    public void No_inputs_run_nothing()
    {
        var ran = 0;

        var outcomes = ParallelRun.Each(0, (_, _) => Interlocked.Increment(ref ran) > 0);

        Assert.Empty(outcomes);
        Assert.Equal(0, ran);
    }

    [Fact]
    public void Steps_waiting_for_the_disk_overlap_but_no_more_compute_at_once_than_there_are_cores()
    {
        var computing = 0;
        var mostComputing = 0;
        var waiting = 0;
        var mostWaiting = 0;

        ParallelRun.Each(4 * ParallelRun.Workers, (_, _) =>
        {
            using (ParallelRun.Compute())
            {
                var now = Interlocked.Increment(ref computing);
                InterlockedMax(ref mostComputing, now);
                Thread.Sleep(2);
                Interlocked.Decrement(ref computing);
            }
            // The write: it holds no core's slot.
            InterlockedMax(ref mostWaiting, Interlocked.Increment(ref waiting));
            Thread.Sleep(10);
            Interlocked.Decrement(ref waiting);
            return true;
        });

        Assert.InRange(mostComputing, 1, Environment.ProcessorCount);
        Assert.True(mostWaiting > Environment.ProcessorCount, $"at most {mostWaiting} steps waited for the disk at once");
    }

    [Fact]
    public void A_step_that_throws_ends_the_run_with_its_exception()
    {
        var thrown = Assert.Throws<InvalidOperationException>(() => ParallelRun.Each(50, (i, _) =>
            i == 7 ? throw new InvalidOperationException("step 7") : true));

        Assert.Equal("step 7", thrown.Message);
    }

    [Fact]
    public void One_input_runs_on_the_calling_thread()
    {
        var caller = Environment.CurrentManagedThreadId;
        var ranOn = -1;

        ParallelRun.Each(1, (_, _) =>
        {
            ranOn = Environment.CurrentManagedThreadId;
            return true;
        });

        Assert.Equal(caller, ranOn);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
