using PlanGen.Core.Format;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Format;

/// <summary>
/// <c>init</c> writes its starter through the one plan writer, comments and all; the starters are
/// kept in that form, so what a template's author reads is what the clerk gets.
/// </summary>
public sealed class StarterPlanTests
{
    public static TheoryData<string> Templates() => ["ke-hoach-atgt", "ke-hoach-thi-dua"];

    [Theory]
    [MemberData(nameof(Templates))]
    public void A_starter_is_kept_in_the_form_the_writer_gives_it(string template)
    {
        var file = File.ReadAllText(Path.Combine(TestPaths.Repository, "templates", template, "starter.yaml"));

        Assert.Equal(PlanSchema.WithModeline(file), StarterPlan.For(template));
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void A_starters_comments_stay_above_their_keys(string template)
    {
        var starter = StarterPlan.For(template)!;

        Assert.Contains("\n# number: 12        # TODO: số văn bản khi ban hành (để trống khi còn là dự thảo)\n", starter, StringComparison.Ordinal);
        Assert.Contains("\n  # TODO: cơ quan ban hành\n  name: ", starter, StringComparison.Ordinal);
        Assert.Contains("\n      assignment:\n        text: ", starter, StringComparison.Ordinal);
    }
}
