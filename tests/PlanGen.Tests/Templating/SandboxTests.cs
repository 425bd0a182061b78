using PlanGen.Tests.Support;
using PlanGen.Core.Diagnostics;

namespace PlanGen.Tests.Templating;

public class SandboxTests
{
    private static readonly string MainPath = Path.Combine(Path.GetTempPath(), "t", "main.sbn");

    [Fact]
    public void Printed_values_are_escaped_but_inline_markup_is_kept()
    {
        var (markup, diagnostics) = RenderHelper.RenderAdhoc(RenderHelper.Adhoc("<p>{{ \"a < b & \\\"c\\\"\" }}</p><p>{{ inline \"**đậm** & *nghiêng*\" }}</p>"));
        Assert.Empty(diagnostics);
        Assert.Equal("<p>a &lt; b &amp; &quot;c&quot;</p><p><b>đậm</b> &amp; <i>nghiêng</i></p>", markup);
    }

    [Fact]
    public void Included_partials_are_not_escaped_twice()
    {
        var template = RenderHelper.Adhoc("<a>{{ include '_b.sbn' }}</a>", ("_b.sbn", "<b>{{ '<' }}</b>"));
        var (markup, diagnostics) = RenderHelper.RenderAdhoc(template);
        Assert.Empty(diagnostics);
        Assert.Equal("<a><b>&lt;</b></a>", markup);
    }

    [Fact]
    public void Undefined_variable_is_an_error_with_file_line_and_column()
    {
        var (markup, diagnostics) = RenderHelper.RenderAdhoc(RenderHelper.Adhoc("<document>\n  {{ plann.title }}\n</document>"));
        Assert.Null(markup);
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCode.TemplateRuntime, error.Code);
        Assert.Equal("PG3003", error.Id);
        Assert.Equal(MainPath, error.Span.File);
        Assert.Equal(1, error.Span.StartLine);
        Assert.Equal(5, error.Span.StartColumn);
        Assert.Contains("plann", error.Message("en"), StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_field_of_the_plan_is_an_error()
    {
        var (markup, diagnostics) = RenderHelper.RenderAdhoc(RenderHelper.Adhoc("{{ plan.isuer.name }}"));
        Assert.Null(markup);
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCode.TemplateRuntime, error.Code);
        Assert.Contains("isuer", error.Message("en"), StringComparison.Ordinal);
    }

    [Fact]
    public void Syntax_error_is_reported_with_its_place()
    {
        var (markup, diagnostics) = RenderHelper.RenderAdhoc(RenderHelper.Adhoc("ok", ("_x.sbn", "line one\n{{ if }}")));
        Assert.Null(markup);
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticCode.TemplateSyntax, d.Code));
        Assert.Equal(Path.Combine(Path.GetTempPath(), "t", "_x.sbn"), diagnostics[0].Span.File);
        Assert.Equal(1, diagnostics[0].Span.StartLine);
    }

    [Theory]
    [InlineData("../x", "../x")]
    [InlineData("/etc/passwd", "/etc/passwd")]
    [InlineData("sub/_x.sbn", "sub/_x.sbn")]
    [InlineData("..\\\\x", "..\\x")]
    public void Include_outside_the_template_folder_is_refused(string written, string name)
    {
        var (markup, diagnostics) = RenderHelper.RenderAdhoc(RenderHelper.Adhoc($"{{{{ include '{written}' }}}}"));
        Assert.Null(markup);
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCode.TemplateIncludeOutside, error.Code);
        Assert.Equal(MainPath, error.Span.File);
        Assert.Equal(name, error.Arguments[0]);
    }

    [Fact]
    public void Include_of_a_missing_partial_is_not_found()
    {
        var (_, diagnostics) = RenderHelper.RenderAdhoc(RenderHelper.Adhoc("{{ include '_none.sbn' }}"));
        Assert.Equal(DiagnosticCode.TemplateNotFound, Assert.Single(diagnostics).Code);
    }

    [Theory]
    [InlineData("{{ while true }}x{{ end }}")]
    [InlineData("{{ while true }}{{ end }}")]
    [InlineData("{{ for i in 1..1000000 }}{{ for j in 1..1000000 }}{{ end }}{{ end }}")]
    [InlineData("{{ func f; f; end; f }}")]
    public void Endless_loop_or_recursion_stops_at_the_limit(string source)
    {
        var (markup, diagnostics) = RenderHelper.RenderAdhoc(RenderHelper.Adhoc(source));
        Assert.Null(markup);
        Assert.Equal(DiagnosticCode.TemplateLimit, Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void The_clock_is_out_of_reach()
    {
        var (markup, diagnostics) = RenderHelper.RenderAdhoc(RenderHelper.Adhoc("{{ date.now }}"));
        Assert.Null(markup);
        Assert.Equal(DiagnosticCode.TemplateRuntime, Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void Scribans_own_modules_are_there_for_templates_that_use_them()
    {
        var (markup, diagnostics) = RenderHelper.RenderAdhoc(RenderHelper.Adhoc(
            "{{ \"hà nội\" | string.upcase }}|{{ [3, 1, 2] | array.sort | array.join \",\" }}|{{ -2 | math.abs }}|{{ \"a-b\" | regex.replace \"-\" \"+\" }}|{{ empty.x == null }}"));
        Assert.Empty(diagnostics);
        Assert.Equal("HÀ NỘI|1,2,3|2|a+b|true", markup);
    }

    [Fact]
    public void A_template_cannot_change_a_module_for_the_renders_after_it()
    {
        var (changed, errors) = RenderHelper.RenderAdhoc(RenderHelper.Adhoc("{{ string.upcase = 1 }}"));
        Assert.Null(changed);
        Assert.Equal(DiagnosticCode.TemplateRuntime, Assert.Single(errors).Code);

        var (markup, diagnostics) = RenderHelper.RenderAdhoc(RenderHelper.Adhoc("{{ \"ư\" | string.upcase }}"));
        Assert.Empty(diagnostics);
        Assert.Equal("Ư", markup);
    }

    [Fact]
    public void Plan_values_are_plain_data()
    {
        var (markup, diagnostics) = RenderHelper.RenderAdhoc(RenderHelper.Adhoc(
            "{{ plan.issuer.level }}|{{ plan.number == null }}|{{ plan.date.month }}|{{ plan.content.items[0].timeline }}|{{ plan.signature.authorities[0] }}|{{ plan.basis_layout }}"));
        Assert.Empty(diagnostics);
        Assert.Equal("department|true|4|Trong năm 2020|KT|sentence", markup);
    }

    [Fact]
    public void Rendering_twice_gives_the_same_markup()
    {
        var plan = PlanFixtures.IssuedTrafficPlan();
        Assert.Equal(RenderHelper.Render(plan, "ke-hoach-atgt"), RenderHelper.Render(plan, "ke-hoach-atgt"));
    }

    [Fact]
    public void Parallel_renders_share_the_parsed_template_safely()
    {
        var plan = PlanFixtures.IssuedTrafficPlan();
        var expected = RenderHelper.Render(plan, "ke-hoach-atgt");
        var results = new string[16];
        Parallel.For(0, results.Length, i => results[i] = RenderHelper.Render(plan, "ke-hoach-atgt"));
        Assert.All(results, r => Assert.Equal(expected, r));
    }
}
