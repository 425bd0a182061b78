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
}
