using PlanGen.Core.Diagnostics;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Hostile;

/// <summary>
/// Values are data, never instructions: text that starts with <c>@</c> or <c>@@</c>, holds the old
/// separator or looks like an encoded diagnostic prints as written, and a diagnostic quoted two or
/// more parents up prints whole, in text and in JSON.
/// </summary>
public sealed class MessageArgumentTests : IDisposable
{
    private readonly HostileScratch _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [Theory]
    [InlineData("@@1")]
    [InlineData("@@")]
    [InlineData("@")]
    [InlineData("@list")]
    [InlineData("@didyoumean:x")]
    [InlineData("@@2001\u001Fa\u001F")]
    [InlineData("\uFFFFn3:abc")]
    [InlineData("\uFFFFw")]
    [InlineData("{0}{1}{99}")]
    public void Any_value_prints_as_written(string value)
    {
        var diagnostic = new Diagnostic(DiagnosticCode.InvalidDate, Severity.Error, SourceSpan.WholeFile("p.yaml"), [value]);
        foreach (var language in new[] { "en", "vi" })
        {
            Assert.Contains(value.Length > 400 ? value[..400] : value, diagnostic.Message(language), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Encoded_words_and_nested_diagnostics_still_translate()
    {
        var inner = new Diagnostic(DiagnosticCode.WrongType, Severity.Error, SourceSpan.At("g.yaml", 1, 2), ["title", MessageArgument.Word("text"), MessageArgument.Word("list")]);
        var outer = new Diagnostic(DiagnosticCode.ParentHasErrors, Severity.Error, SourceSpan.WholeFile("c.yaml"), ["g.yaml", MessageArgument.Nested(inner)]);
        var twice = new Diagnostic(DiagnosticCode.ParentHasErrors, Severity.Error, SourceSpan.WholeFile("d.yaml"), ["c.yaml", MessageArgument.Nested(outer)]);
        Assert.Contains("PG1004 'title' must be text, but here it is a list.", twice.Message("en"), StringComparison.Ordinal);
        Assert.Contains("Khóa 'title' phải ghi một đoạn chữ, nhưng ở đây là danh sách.", twice.Message("vi"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("date: \"@@1\"")]
    [InlineData("date: \"@x\"")]
    [InlineData("date: 2024-02-30")]
    public void An_error_two_and_three_parents_up_is_reported_whole(string fault)
    {
        var grand = _scratch.WithLine("g.yaml", "date", fault);
        var parent = _scratch.WithLine("p.yaml", "parent", "parent: g.yaml");
        var child = _scratch.WithLine("c.yaml", "parent", "parent: p.yaml");
        var great = _scratch.WithLine("d.yaml", "parent", "parent: c.yaml");
        foreach (var plan in new[] { parent, child, great })
        {
            foreach (var format in new[] { "text", "json" })
            {
                var run = HostileScratch.Run("validate", plan, "--lang", "en", "--diagnostics", format);
                Assert.Equal(1, run.ExitCode);
                Assert.Contains("PG2103", run.Error, StringComparison.Ordinal);
                Assert.Contains("PG2001", run.Error, StringComparison.Ordinal);
                HostileScratch.AssertNoCrash(run);
            }
        }
        Assert.True(File.Exists(grand));
    }
}
