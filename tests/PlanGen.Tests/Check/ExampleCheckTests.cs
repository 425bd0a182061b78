using PlanGen.Core.Check;
using PlanGen.Core.Diagnostics;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Check;

public class ExampleCheckTests
{
    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var example in ExampleBuilds.All) data.Add(example);
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_example_built_by_plangen_passes_with_no_error(string example)
    {
        var found = CheckRun.Bytes(CheckRun.Example(example));
        Assert.DoesNotContain(found, d => d.Severity == Severity.Error);
    }

    [Fact]
    public void The_checker_judges_by_the_same_ranges_the_writer_is_held_to()
    {
        var ranges = DecreeCheck.RangesFor(null);
        foreach (var setting in PlanGen.Core.Check.CheckRanges.Required) Assert.True(ranges.Ranges.ContainsKey(setting), setting);
        Assert.Equal("13–14", ranges["BodySizePt"].ToString());
        Assert.Equal("20–25", ranges["MarginTopMm"].ToString());
    }

    [Fact]
    public void An_office_profile_narrows_the_ranges_to_its_own_values()
    {
        var ranges = DecreeCheck.RangesFor(PlanGen.Core.Layout.LayoutProfile.Nd30 with { BodySizePt = 13 });
        Assert.Equal("13", ranges["BodySizePt"].ToString());
        Assert.Equal("20–25", ranges["MarginTopMm"].ToString());
        var found = CheckRun.Bytes(CheckRun.LaoCai);
        Assert.DoesNotContain(found, d => d.Severity == Severity.Error);
    }
}
