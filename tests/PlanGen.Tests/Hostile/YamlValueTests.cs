using PlanGen.Core.Diagnostics;
using PlanGen.Core.Yaml;

namespace PlanGen.Tests.Hostile;

/// <summary>
/// What YAML can smuggle past a check of the file's own characters: escaped control characters
/// and non-characters are PG1102 at the value's line; a second document is PG1017; aliases of a
/// long text weigh by its size (PG1009); NaN and infinities are not numbers in a profile.
/// </summary>
public sealed class YamlValueTests : IDisposable
{
    private readonly HostileScratch _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [Theory]
    [InlineData("\\0", "0000")]
    [InlineData("\\x01", "0001")]
    [InlineData("\\e", "001B")]
    [InlineData("\\a", "0007")]
    [InlineData("\\uFFFE", "FFFE")]
    [InlineData("\\uFFFF", "FFFF")]
    [InlineData("\\uFDD0", "FDD0")]
    [InlineData("\\U0001FFFE", "1FFFE")]
    public void An_escaped_forbidden_character_is_PG1102_at_the_plan_line(string escape, string hex)
    {
        var plan = _scratch.WithLine("c.yaml", "title", "title: \"Bảo đảm " + escape + " an toàn\"");
        var line = File.ReadAllLines(plan).ToList().FindIndex(l => l.StartsWith("title:", StringComparison.Ordinal)) + 1;
        foreach (var command in new[] { "validate", "build" })
        {
            var run = HostileScratch.Run(command, plan, "--lang", "en");
            Assert.Equal(1, run.ExitCode);
            Assert.Contains($"c.yaml({line},", run.Error, StringComparison.Ordinal);
            Assert.Contains("PG1102", run.Error, StringComparison.Ordinal);
            Assert.Contains("U+" + hex, run.Error, StringComparison.Ordinal);
            HostileScratch.AssertNoCrash(run);
        }
    }

    [Theory]
    [InlineData("---\ntitle: y\n")]
    [InlineData("--- \n- a\n")]
    [InlineData("...\n---\n")]
    public void A_second_document_is_PG1017(string tail)
    {
        var plan = _scratch.File("two.yaml", _scratch.Text.TrimEnd() + "\n" + tail);
        var run = HostileScratch.Run("validate", plan, "--lang", "en");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("PG1017", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a: {\n  b: 1\nc: &a x\n")]
    [InlineData("number: {\n       date: 2024-02-20\ntimeline: &a x\n")]
    [InlineData("a: [\n  b\nc: &a x\n")]
    public void A_flow_collection_left_open_is_a_syntax_error(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        Assert.Null(YamlTreeLoader.Load(yaml, "open.yaml", diagnostics));
        Assert.Equal(DiagnosticCode.YamlSyntax, Assert.Single(diagnostics.Items).Code);
    }

    [Theory]
    [InlineData(21, 1)]
    [InlineData(500, 480)]
    public void Past_twenty_unknown_fields_the_rest_are_counted_in_PG1019(int unknown, int counted)
    {
        var fields = string.Concat(Enumerable.Range(0, unknown).Select(i => $"la_{i}: {i}\n"));
        var plan = _scratch.File("many-" + unknown + ".yaml", _scratch.Text.TrimEnd() + "\n" + fields);
        var run = HostileScratch.Run("validate", plan, "--lang", "en");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(20, run.Error.Split('\n').Count(l => l.Contains("error PG1006", StringComparison.Ordinal)));
        Assert.Contains($"error PG1019: {counted} more unknown fields are not listed.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Aliases_of_a_long_text_weigh_by_its_size()
    {
        var text = new string('x', 200_000);
        var yaml = "a: &a \"" + text + "\"\nb: [" + string.Join(", ", Enumerable.Repeat("*a", 3000)) + "]\n";
        var diagnostics = new DiagnosticBag();
        Assert.Null(YamlTreeLoader.Load(yaml, "bomb.yaml", diagnostics));
        Assert.Equal(DiagnosticCode.TooManyAliases, Assert.Single(diagnostics.Items).Code);

        // The same text written out, not aliased, is read.
        var ok = new DiagnosticBag();
        Assert.NotNull(YamlTreeLoader.Load("a: \"" + text + "\"\nb: [" + string.Join(", ", Enumerable.Repeat("y", 3000)) + "]\n", "ok.yaml", ok));
        Assert.Empty(ok.Items);
    }

    [Theory]
    [InlineData("body_size_pt: .nan", "PG1004")]
    [InlineData("body_size_pt: NaN", "PG1004")]
    [InlineData("body_size_pt: Infinity", "PG1004")]
    [InlineData("margin_top_mm: -Infinity", "PG1004")]
    [InlineData("space_after_pt: 1e308", "PG4005")]
    [InlineData("space_after_pt: 5000", "PG4005")]
    public void A_profile_value_that_is_no_measure_is_refused(string line, string code)
    {
        var profile = _scratch.File("profile.yaml", line + "\n");
        var output = Path.Combine(_scratch.Folder, "p.docx");
        var run = HostileScratch.Run("build", _scratch.Plan, "--profile", profile, "-o", output, "--lang", "en");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(code, run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
        HostileScratch.AssertNoCrash(run);
    }
}
