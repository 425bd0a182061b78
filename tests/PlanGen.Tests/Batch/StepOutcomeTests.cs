using PlanGen.Core.Batch;
using PlanGen.Core.Diagnostics;

namespace PlanGen.Tests.Batch;

public sealed class StepOutcomeTests
{
    [Fact]
    public void Every_input_runs_once_and_its_outcome_comes_back_at_its_place()
    {
        var runs = new int[200];

        var outcomes = StepOutcome.InParallel(runs.Length, (i, diagnostics) =>
        {
            Interlocked.Increment(ref runs[i]);
            diagnostics.Add(DiagnosticCode.NoInputs, SourceSpan.WholeFile($"kế-hoạch-{i}.yaml"), $"kế-hoạch-{i}.yaml");
            return i % 3 != 0;
        });

        Assert.All(runs, count => Assert.Equal(1, count));
        Assert.Equal(Enumerable.Range(0, runs.Length).Select(i => $"kế-hoạch-{i}.yaml"), outcomes.Select(o => Assert.Single(o.Diagnostics.Items).Span.File));
        Assert.Equal(Enumerable.Range(0, runs.Length).Select(i => i % 3 != 0), outcomes.Select(o => o.Succeeded));
    }

    [Fact]
    public void A_failed_input_leaves_the_others_built_and_their_findings_their_own()
    {
        var outcomes = StepOutcome.InParallel(50, (i, diagnostics) =>
        {
            if (i != 7)
            {
                return true;
            }
            diagnostics.Add(DiagnosticCode.YamlSyntax, SourceSpan.At("kế-hoạch-7.yaml", 3, 5), "lỗi cú pháp");
            return false;
        });

        Assert.False(outcomes[7].Succeeded);
        Assert.Single(outcomes[7].Diagnostics.Items);
        Assert.All(outcomes.Where((_, i) => i != 7), o => Assert.True(o.Succeeded && o.Diagnostics.Items.Count == 0));
    }

    [Fact]
    public void No_inputs_run_nothing()
    {
        var ran = 0;

        var outcomes = StepOutcome.InParallel(0, (_, _) => Interlocked.Increment(ref ran) > 0);

        Assert.Empty(outcomes);
        Assert.Equal(0, ran);
    }

    [Fact]
    public void A_step_that_throws_ends_the_run_with_its_own_exception()
    {
        var thrown = Assert.Throws<InvalidOperationException>(() => StepOutcome.InParallel(50, (i, _) =>
            i == 7 ? throw new InvalidOperationException("step 7") : true));

        Assert.Equal("step 7", thrown.Message);
    }
}
