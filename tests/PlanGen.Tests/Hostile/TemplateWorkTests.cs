using PlanGen.Core.Diagnostics;
using PlanGen.Core.Document.Markup;
using PlanGen.Tests.Templating;

namespace PlanGen.Tests.Hostile;

/// <summary>
/// A template's work is bounded by what the plan calls for, not only by loop counts: heavy
/// built-ins in a loop, catastrophic regular expressions and endless output stop with PG3005;
/// markup nested thousands deep is a PG3004 error, not a stack overflow; and a long text is
/// never cut at Scriban's own string limit.
/// </summary>
public sealed class TemplateWorkTests
{
    public static TheoryData<string> Heavy() => new()
    {
        "{{ s = 'x' | string.pad_right 1000000 }}{{ for i in 1..99000 }}{{ t = s | string.replace 'x' 'y' }}{{ end }}",
        "{{ s = 'x' | string.pad_right 1000000 }}{{ for i in 1..99000 }}{{ t = s | string.upcase }}{{ end }}",
        "{{ s = 'ab' }}{{ while true }}{{ s = s + s }}{{ end }}",
        "{{ for i in 1..20 }}{{ 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!' | regex.match '(a+)+$' }}{{ end }}",
        "{{ for i in 1..100000000 }}x{{ end }}",
    };

    [Theory]
    [MemberData(nameof(Heavy))]
    public void Heavy_template_work_is_stopped_with_PG3005(string main)
    {
        var (markup, diagnostics) = RenderHelper.RenderAdhoc(RenderHelper.Adhoc(main));
        Assert.Null(markup);
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCode.TemplateLimit);
    }

    [Fact]
    public void A_text_longer_than_a_megabyte_is_printed_whole()
    {
        var (markup, diagnostics) = RenderHelper.RenderAdhoc(RenderHelper.Adhoc("{{ s = 'ă' | string.pad_right 2100000 }}{{ s }}|end"));
        Assert.Empty(diagnostics);
        Assert.Equal(2_100_000 + "|end".Length, markup!.Length);
        Assert.EndsWith("  |end", markup, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("b")]
    [InlineData("i")]
    [InlineData("clause")]
    [InlineData("part")]
    public void Markup_nested_thirty_thousand_deep_is_an_error_at_its_place(string element)
    {
        const int depth = 30_000;
        var markup = "<document><body>" + string.Concat(Enumerable.Repeat($"<{element}>", depth)) + "x"
            + string.Concat(Enumerable.Repeat($"</{element}>", depth)) + "</body></document>";
        var result = LayoutMarkupParser.Parse(markup, "main.sbn");
        Assert.Null(result.Document);
        var error = Assert.Single(result.Errors);
        Assert.Contains("nested deeper", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void Markup_nested_within_the_limit_still_parses()
    {
        var markup = "<document><body><p>" + string.Concat(Enumerable.Repeat("<b>", 40)) + "x" + string.Concat(Enumerable.Repeat("</b>", 40)) + "</p></body></document>";
        var result = LayoutMarkupParser.Parse(markup, "main.sbn");
        Assert.DoesNotContain(result.Errors, e => e.Message.Contains("nested deeper", StringComparison.Ordinal));
    }
}
