using PlanGen.Tests.Docx;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Building;

/// <summary>An office's layout values in a profile file: used when inside the decree's ranges, refused at their line otherwise.</summary>
public sealed class LayoutProfileFileTests : IDisposable
{
    private const string Example = "binh-phuoc-2020/so-tttt-thi-dua-2020.yaml";
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Values_inside_the_decrees_ranges_reach_the_document()
    {
        var profile = _temp.File("layout.yaml", "body_size_pt: 13\nmargin_top_mm: 25\n");
        var output = Path.Combine(_temp.Path, "plan.docx");

        var run = CliRun.Of("build", ExampleBuilds.PathOf(Example), "-o", output, "--profile", profile);

        Assert.Equal(0, run.ExitCode);
        using var docx = new WrittenDocx(File.ReadAllBytes(output));
        Assert.Equal("26", docx.Style("Body").StyleRunProperties!.FontSize!.Val!.Value); // 13 pt
        Assert.All(docx.Sections, s => Assert.Equal(1417, s.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.PageMargin>()!.Top!.Value)); // 25 mm
    }

    [Fact]
    public void A_value_outside_the_decrees_range_is_refused_at_its_line_and_nothing_is_built()
    {
        var profile = _temp.File("layout.yaml", "margin_top_mm: 25\nbody_size_pt: 12\n");
        var output = Path.Combine(_temp.Path, "plan.docx");

        var run = CliRun.Of("build", ExampleBuilds.PathOf(Example), "-o", output, "--profile", profile, "--lang", "en");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("layout.yaml(2,15): error PG4005: The layout value 'body_size_pt' = 12 is outside the decree's range 13–14.", run.Error, StringComparison.Ordinal);
        Assert.Contains("Rule: Body: size 13–14 pt.", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Unknown_keys_and_non_numbers_are_reported_together()
    {
        var profile = _temp.File("layout.yaml", "margin_top: 25\nline_spacing: rộng\n");

        var run = CliRun.Of("build", ExampleBuilds.PathOf(Example), "-o", Path.Combine(_temp.Path, "x.docx"), "--profile", profile, "--lang", "en");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("layout.yaml(1,1): error PG1006: Unknown field 'margin_top'.", run.Error, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'margin_top_mm'?", run.Error, StringComparison.Ordinal);
        Assert.Contains("layout.yaml(2,15): error PG1004: 'line_spacing' must be a number", run.Error, StringComparison.Ordinal);
    }
}
